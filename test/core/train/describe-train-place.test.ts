import { describe, expect, it } from 'vitest';
import { describeTrainPlace } from '../../../src/core/train/describe-train-place.ts';
import { startTrain, stepTrain } from '../../../src/core/train/step-train.ts';
import type { TrainCandidate, TrainConfig, TrainEvent, TrainState } from '../../../src/core/train/train-types.ts';

const config: TrainConfig = { depth: 2, batch: 2, flakyRetries: 0, retryEveryFailure: false };
const pr = (n: number, extra: Partial<TrainCandidate> = {}): TrainCandidate => ({ key: `pr#${n}`, workOrderId: `wo-${n}`, priority: 'normal', dependsOn: [], enqueuedAt: n, headSha: `h${n}`, ...extra });
const drive = (events: readonly TrainEvent[]): TrainState => events.reduce((state, event) => stepTrain(state, event, config).state, startTrain('m0'));

describe('describeTrainPlace', () => {
  const riding = drive([{ type: 'enqueue', candidates: [1, 2, 3, 4, 5].map((n) => pr(n)).concat(pr(6, { dependsOn: ['wo-9'] })) }, { type: 'built', car: 1, sha: 's1' }]);

  it('places a member of the head car: position, batch, the staging commit being verified', () => {
    expect(describeTrainPlace(riding, 'pr#2')).toEqual({
      kind: 'queued', key: 'pr#2', workOrderId: 'wo-2', headSha: 'h2', priority: 'normal', position: 2, queued: 6, main: 'm0',
      car: { id: 1, members: ['pr#1', 'pr#2'], status: 'verifying', index: 1, base: 'm0', stagingSha: 's1', attempt: 1, bisecting: false },
      waitsFor: [], suspect: false,
    });
  });

  it('marks a suspect: a member of a failed batch, riding alone behind the others', () => {
    const failed = drive([{ type: 'enqueue', candidates: [1, 2, 3].map((n) => pr(n)) }, { type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }]);
    expect(describeTrainPlace(failed, 'pr#3')).toMatchObject({ kind: 'queued', suspect: false, car: { index: 1, bisecting: false } });
    expect(describeTrainPlace(failed, 'pr#1')).toMatchObject({ kind: 'queued', suspect: true, car: { index: 2, members: ['pr#1'], bisecting: true } });
    expect(describeTrainPlace(failed, 'pr#2')).toMatchObject({ kind: 'queued', suspect: true });
    expect(describeTrainPlace(failed, 'pr#2')).not.toHaveProperty('car');
  });

  it('shows a car still being built without a staging commit, and a waiting change without a car', () => {
    expect(describeTrainPlace(riding, 'pr#3')).toMatchObject({ position: 3, car: { id: 2, index: 2, status: 'building', base: 's1' } });
    expect(describeTrainPlace(riding, 'pr#3')).not.toHaveProperty('car.stagingSha');
    expect(describeTrainPlace(riding, 'pr#5')).toMatchObject({ kind: 'queued', position: 5, waitsFor: [] });
    expect(describeTrainPlace(riding, 'pr#5')).not.toHaveProperty('car');
    expect(describeTrainPlace(riding, 'pr#6')).toMatchObject({ kind: 'queued', position: 6, waitsFor: ['wo-9'] });
  });

  it('gives an evicted change its failing staging commit, gates, evidence link and how to re-queue', () => {
    const evidence = 'signed report sha256:abc… on `s9` (https://github.com/o/r/actions/runs/7): unit failed';
    const state = drive([{ type: 'enqueue', candidates: [pr(1)] }, { type: 'built', car: 1, sha: 's9' }, { type: 'verified', car: 1, sha: 's9', outcome: 'fail', failingGates: ['unit'], evidence }]);
    expect(describeTrainPlace(state, 'pr#1')).toEqual({
      kind: 'evicted', key: 'pr#1', workOrderId: 'wo-1', headSha: 'h1', reason: 'broke-build', car: 1, base: 'm0', stagingSha: 's9',
      failingGates: ['unit'], attempts: 1, detail: evidence, evidenceUrl: 'https://github.com/o/r/actions/runs/7',
      requeue: expect.stringContaining('push'),
    });
  });

  it('gives a conflict its message as data with no link, and knows nothing of a change it does not hold', () => {
    const state = drive([{ type: 'enqueue', candidates: [pr(1)] }, { type: 'build-failed', car: 1, key: 'pr#1', detail: 'CONFLICT in src/a.ts <script>' }]);
    const place = describeTrainPlace(state, 'pr#1');
    expect(place).toMatchObject({ kind: 'evicted', reason: 'conflict', detail: 'CONFLICT in src/a.ts <script>' });
    expect(place).not.toHaveProperty('evidenceUrl');
    expect(describeTrainPlace(state, 'pr#99')).toBeUndefined();
  });
});
