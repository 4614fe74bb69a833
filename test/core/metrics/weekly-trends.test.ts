import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/core/metrics/compute-metrics.ts';
import type { MergeRecord } from '../../../src/core/metrics/metrics-types.ts';

const s = 1000;
const t0 = Date.UTC(2026, 10, 2); // a Monday

describe('weekly lead time', () => {
  it('is the median over work orders by their attempt start, not one figure per merge from its oldest commit', () => {
    const merges: MergeRecord[] = [
      { sha: 'a1', mergedAtMs: t0 + 100 * s, workOrders: ['wo-1', 'wo-2'], startedAtMs: { 'wo-1': t0 + 30 * s, 'wo-2': t0 + 40 * s }, testsAdded: 0 },
      { sha: 'b2', mergedAtMs: t0 + 200 * s, workOrders: ['wo-3'], startedAtMs: { 'wo-3': t0 + 190 * s }, testsAdded: 0 },
      // A person's merge: no recorded start, so no lead time (not the age of its oldest commit).
      { sha: 'c3', mergedAtMs: t0 + 300 * s, workOrders: ['wo-4'], testsAdded: 0 },
    ];
    const metrics = computeMetrics({ sinceMs: t0, nowMs: t0 + 3 * 86_400 * s, merges, canaries: [], attempts: [] });
    expect(metrics.leadTimes.map((l) => [l.workOrder, l.ms / s])).toEqual([['wo-1', 70], ['wo-2', 60], ['wo-3', 10]]);
    expect(metrics.leadTimeP50Ms).toBe(60 * s);
    expect(metrics.weeks[0]!.leadTimeP50Ms).toBe(60 * s);
  });
});
