import { describe, expect, it } from 'vitest';
import { mergeSuccess } from '../../../src/core/metrics/merge-success.ts';
import type { MergeAttemptRecord } from '../../../src/core/metrics/metrics-types.ts';

const h = 3_600_000;
const attempt = (hour: number, workOrder: string | undefined, result: MergeAttemptRecord['result']): MergeAttemptRecord => ({ atMs: hour * h, result, ...(workOrder ? { workOrder } : {}) });

describe('mergeSuccess', () => {
  const cases: [string, MergeAttemptRecord[], { count: number; of: number; held: number; failed: number; attempts: Record<string, number> }][] = [
    ['3 holds among 5 work orders, two of them approved later: 2 of 5, not 100 %',
      [attempt(10, 'a', 'merged'), attempt(11, 'b', 'merged'), attempt(12, 'c', 'held'), attempt(13, 'd', 'held'), attempt(14, 'e', 'held'), attempt(15, 'c', 'merged'), attempt(16, 'd', 'merged')],
      { count: 2, of: 5, held: 3, failed: 0, attempts: { merged: 4, held: 3, failed: 0 } }],
    ['a failed verdict, then a fresh attempt that merged: one failed work order',
      [attempt(10, 'a', 'failed'), attempt(12, 'a', 'merged')],
      { count: 0, of: 1, held: 0, failed: 1, attempts: { merged: 1, held: 0, failed: 1 } }],
    ['held before the window and approved inside it: no work order of this window, one decision',
      [attempt(1, 'a', 'held'), attempt(10, 'a', 'merged')],
      { count: 0, of: 0, held: 0, failed: 0, attempts: { merged: 1, held: 0, failed: 0 } }],
    ['older records without a work order each stand alone',
      [attempt(10, undefined, 'merged'), attempt(11, undefined, 'failed')],
      { count: 1, of: 2, held: 0, failed: 1, attempts: { merged: 1, held: 0, failed: 1 } }],
  ];
  it.each(cases)('%s', (_name, attempts, expected) => {
    expect(mergeSuccess(attempts, 5 * h, 20 * h)).toMatchObject(expected);
  });
});
