import { describe, expect, it } from 'vitest';
import { findTrainPlace, trainPlaceLines } from '../../../src/core/train/render-train-place.ts';
import type { TrainState } from '../../../src/core/train/train-types.ts';
import { createRunDocument } from '../../../src/core/run-document/document-model.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';

const sha = (c: string) => c.repeat(40);
const state: TrainState = {
  version: 1, main: sha('a'), nextCar: 3,
  queue: [
    { key: 'pr#1', workOrderId: 'wo-1', priority: 'normal', dependsOn: [], enqueuedAt: 1, headSha: sha('1') },
    { key: 'pr#2', workOrderId: 'wo-2', priority: 'high', dependsOn: [], enqueuedAt: 2, headSha: sha('2') },
    { key: 'pr#3', workOrderId: 'wo-3', priority: 'normal', dependsOn: ['wo-9'], enqueuedAt: 3, headSha: sha('3') },
    { key: 'pr#4', workOrderId: 'wo-4', priority: 'low', dependsOn: [], enqueuedAt: 4, headSha: sha('4') },
  ],
  cars: [
    { id: 1, members: ['pr#1', 'pr#2'], status: 'verifying', base: sha('a'), sha: sha('b'), attempt: 2 },
    { id: 2, members: ['pr#4'], status: 'building', parent: 1, base: sha('b'), attempt: 0 },
  ],
  findings: [{ car: 1, keys: ['pr#4'], failingGates: ['unit'], flaky: false }],
  evictions: [{ key: 'pr#7', workOrderId: 'wo-7', headSha: sha('7'), reason: 'broke-build', evidence: { car: 1, base: sha('a'), sha: sha('c'), failingGates: ['unit'], attempts: 2, detail: 'signed report sha256:abc… (https://github.com/o/r/runs/55) <b>x</b>' }, requeue: 'push a fix, or re-run the shopfloor/merge check' }],
};

describe('trainPlaceLines', () => {
  it.each([
    ['wo-2', [`Merge train: position 2 of 4 (priority high), head ${sha('2')}, on main ${sha('a')}.`, `Rides in car 1 (one of 2 cars verified at once, on main) with #1: staging commit ${sha('b')} (on ${sha('a')}) is being verified (attempt 2).`]],
    ['wo-4', [`Merge train: position 3 of 4 (priority low), head ${sha('4')}, on main ${sha('a')}.`, 'Rides in car 2 (one of 2 cars verified at once, on car 1) with #1, #2, verified again after a staging commit holding it failed: its staging commit is being built.']],
    ['wo-3', [`Merge train: position 4 of 4 (priority normal), head ${sha('3')}, on main ${sha('a')}.`, 'Waits for a car, and for wo-9 to land first.']],
    ['wo-7', [
      `Evicted from the merge train (car 1): the staging commit ${sha('c')} on ${sha('a')} failed unit, after 2 verifications.`,
      'Evidence: signed report sha256:abc… (https://github.com/o/r/runs/55) <b>x</b>',
      'Evidence link: https://github.com/o/r/runs/55',
      'To re-queue: push a fix, or re-run the shopfloor/merge check',
    ]],
  ])('%s', (workOrder, lines) => {
    expect(trainPlaceLines(findTrainPlace([state], workOrder)!)).toEqual(lines);
  });

  it('finds nothing for a work order the train does not hold', () => {
    expect(findTrainPlace([state], 'wo-5')).toBeUndefined();
  });

  it('shows the place in the tracking comment, evidence as text and its link as the one link', () => {
    const body = renderRunComment(createRunDocument('r1', 'Land wo-7'), { train: findTrainPlace([state], 'wo-7')! });
    expect(body).toContain('#### Merge train\n\n- Evicted from the merge train (car 1): the staging commit');
    expect(body).toContain('- [Evidence](https://github.com/o/r/runs/55)');
    expect(body).toContain('\\<b\\>x\\</b\\>');
    expect(renderRunComment(createRunDocument('r1', 'Land wo-2'))).not.toContain('Merge train');
  });
});
