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
      car: { id: 1, members: ['pr#1', 'pr#2'], status: 'verifying', index: 1, cars: 2, base: 'm0', stagingSha: 's1', attempt: 1, bisecting: false },
      waitsFor: [], suspect: false,
    });
  });

  it('marks a suspect: a change a failed staging commit held, verified again in a smaller tree', () => {
    const failed = drive([{ type: 'enqueue', candidates: [pr(1)] }, { type: 'enqueue', candidates: [pr(2), pr(3)] }, { type: 'built', car: 1, sha: 's1' }, { type: 'built', car: 2, sha: 's2' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }, { type: 'verified', car: 2, sha: 's2', outcome: 'pass' }]);
    // Car 2 (pr#2, pr#3 on car 1) cannot land: its tree holds pr#1. The round is over and pr#1 failed alone: evicted.
    expect(describeTrainPlace(failed, 'pr#1')).toMatchObject({ kind: 'evicted', reason: 'broke-build', stagingSha: 's1' });
    const flaky = stepTrain(startTrain('m0'), { type: 'enqueue', candidates: [pr(1), pr(2), pr(3)] }, { ...config, depth: 1, batch: 3 }).state;
    const red = [{ type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }] as const;
    const after = red.reduce((state, event) => stepTrain(state, event, { ...config, depth: 1, batch: 3 }).state, flaky);
    expect(describeTrainPlace(after, 'pr#1')).toMatchObject({ kind: 'queued', suspect: true });
    expect(after.cars).toHaveLength(1);
    expect(after.cars[0]!.members.length).toBeLessThan(3);
    expect(describeTrainPlace(after, after.cars[0]!.members[0]!)).toMatchObject({ car: { bisecting: true } });
  });

  it('shows a car still being built without a staging commit, and a waiting change without a car', () => {
    expect(describeTrainPlace(riding, 'pr#3')).toMatchObject({ position: 3, car: { id: 2, index: 2, ridesOn: 1, members: ['pr#1', 'pr#2', 'pr#3', 'pr#4'], status: 'building', base: 's1' } });
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
