import type { MergeAttemptRecord, MergeAttemptResult, MergeSuccess } from './metrics-types.ts';
import { rate } from './rate.ts';

const results: readonly MergeAttemptResult[] = ['merged', 'held', 'failed'];

/**
 * Merge success per work order, by its first merge decision: a work order counts in the window its first
 * decision fell in (decisions before the window are read too, so a work order held last month and
 * approved today is not counted as a fresh success); it succeeded when that decision merged it without a
 * person. A record without a work order (older records could omit it) stands for a work order of its own.
 */
export function mergeSuccess(attempts: readonly MergeAttemptRecord[], sinceMs: number, nowMs: number): MergeSuccess {
  const inWindow = (attempt: MergeAttemptRecord) => attempt.atMs >= sinceMs && attempt.atMs <= nowMs;
  const sorted = [...attempts].sort((a, b) => a.atMs - b.atMs);
  const first = new Map<string, MergeAttemptRecord>();
  sorted.forEach((attempt, i) => {
    const key = attempt.workOrder ?? `\0${i}`;
    if (!first.has(key)) first.set(key, attempt);
  });
  const firsts = [...first.values()].filter(inWindow);
  const count = (list: readonly MergeAttemptRecord[], result: MergeAttemptResult) => list.filter((attempt) => attempt.result === result).length;
  const decided = sorted.filter(inWindow);
  return {
    ...rate(count(firsts, 'merged'), firsts.length),
    held: count(firsts, 'held'),
    failed: count(firsts, 'failed'),
    attempts: Object.fromEntries(results.map((result) => [result, count(decided, result)])) as Record<MergeAttemptResult, number>,
  };
}
