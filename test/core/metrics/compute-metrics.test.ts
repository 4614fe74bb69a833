import { describe, expect, it } from 'vitest';
import { computeMetrics, incidents } from '../../../src/core/metrics/compute-metrics.ts';
import type { MergeRecord, MetricsInput } from '../../../src/core/metrics/metrics-types.ts';
import { renderMetricsLines } from '../../../src/core/metrics/render-metrics-lines.ts';
import { renderMetricsMarkdown } from '../../../src/core/metrics/render-metrics-markdown.ts';
import { weekStart } from '../../../src/core/metrics/weekly-trends.ts';

const h = 3_600_000;
const t0 = Date.UTC(2026, 10, 2); // a Monday
const input: MetricsInput = {
  sinceMs: t0,
  nowMs: t0 + 14 * 24 * h,
  merges: [
    { sha: 'a1', mergedAtMs: t0 + 10 * h, workOrders: ['wo-1'], startedAtMs: { 'wo-1': t0 + 6 * h }, testsAdded: 1 },
    { sha: 'b2', mergedAtMs: t0 + 20 * h, workOrders: ['wo-2'], startedAtMs: { 'wo-2': t0 + 18 * h }, testsAdded: 0 },
    { sha: 'c3', mergedAtMs: t0 + 22 * h, workOrders: [], reverts: 'b2', testsAdded: 0 },
    { sha: 'd4', mergedAtMs: t0 + 200 * h, workOrders: ['fix-b2'], startedAtMs: { 'fix-b2': t0 + 190 * h }, fixes: 'b2', testsAdded: 2 },
  ],
  canaries: [
    { sha: 'a1', atMs: t0 + 11 * h, verdict: 'GREEN' },
    { sha: 'b2', atMs: t0 + 21 * h, verdict: 'RED' },
    { sha: 'b2', atMs: t0 + 21.5 * h, verdict: 'INCONCLUSIVE' },
    { sha: 'c3', atMs: t0 + 23 * h, verdict: 'GREEN' },
    { sha: 'd4', atMs: t0 + 201 * h, verdict: 'GREEN' },
  ],
  attempts: [
    { atMs: t0 + 10 * h, workOrder: 'wo-1', result: 'merged' },
    { atMs: t0 + 19 * h, workOrder: 'wo-2', result: 'failed' },
    { atMs: t0 + 20 * h, workOrder: 'wo-2', result: 'merged' },
  ],
};

describe('computeMetrics', () => {
  const metrics = computeMetrics(input);
  it('computes lead time, MTTR, change failure and bad-revert rates from the facts', () => {
    expect(metrics.leadTimes.map((l) => l.ms / h)).toEqual([4, 2, 10]);
    expect(metrics.mttrMeanMs).toBe(2 * h);
    expect(metrics.changeFailure).toEqual({ count: 1, of: 3, rate: 1 / 3 });
    expect(metrics.badReverts).toEqual({ count: 0, of: 1, rate: 0 });
    expect(metrics.canaryFailure).toEqual({ count: 1, of: 4, rate: 0.25, runs: 5 });
    expect(metrics.mergeSuccess).toEqual({ count: 1, of: 2, rate: 0.5, held: 0, failed: 1, attempts: { merged: 2, held: 0, failed: 1 } });
    expect(metrics.regressionTestsPerFix).toBe(2);
    expect(metrics.weeks.map((w) => w.week)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });

  it('says how many incidents are still open, since time to restore only covers the restored ones', () => {
    const open = computeMetrics({ ...input, canaries: [...input.canaries, { sha: 'd4', atMs: t0 + 202 * h, verdict: 'RED' }] });
    expect(renderMetricsLines(open).find((line) => line.startsWith('mean time to restore'))).toMatch(/2h.*, 2 incident\(s\), 1 still open\)$/);
  });

  it('counts a revert after which the canary stayed red as bad', () => {
    const redAfter = computeMetrics({ ...input, canaries: [...input.canaries.filter((c) => c.sha !== 'c3'), { sha: 'c3', atMs: t0 + 23 * h, verdict: 'RED' }] });
    expect(redAfter.badReverts.count).toBe(1);
  });

  it('renders Markdown with Mermaid trend charts', () => {
    const markdown = renderMetricsMarkdown(metrics);
    expect(markdown).toContain('| Change failure rate | 33.3% (1 of 3) | changes on main (first-parent commits, reverts aside) later reverted or fixed |');
    expect(markdown).toContain('```mermaid\nxychart-beta');
  });
});

describe('incidents and weeks', () => {
  it('keeps an unrestored red streak open', () => {
    expect(incidents([{ sha: 'x', atMs: 5, verdict: 'RED' }, { sha: 'y', atMs: 6, verdict: 'RED' }])).toEqual([{ redSha: 'x', redAtMs: 5 }]);
  });
  it('starts weeks on Monday UTC', () => {
    expect(new Date(weekStart(Date.UTC(2026, 10, 8, 23))).toISOString().slice(0, 10)).toBe('2026-11-02');
  });
});

describe('agent spend per merged work order', () => {
  const day = 86_400_000;
  const merge = (sha: string, workOrders: string[], extra: Partial<MergeRecord> = {}): MergeRecord => ({ sha, mergedAtMs: 5 * day, workOrders, testsAdded: 0, ...extra });
  it('adds every attempt of each merged work order, leaves out unmerged and reverting work, and is absent without records', () => {
    const merges = [merge('a1', ['wo-1']), merge('b2', ['wo-2']), merge('c3', ['revert-wo-2'], { reverts: 'b2' })];
    const spends = [
      { atMs: 4 * day, workOrder: 'wo-1', costUsd: 0.5, tokens: 1000 },
      { atMs: 4.5 * day, workOrder: 'wo-1', costUsd: 0.25, tokens: 500 },
      { atMs: 4 * day, workOrder: 'wo-2', costUsd: 0.25, tokens: 100 },
      { atMs: 4 * day, workOrder: 'wo-9', costUsd: 9, tokens: 9 },
      { atMs: 4 * day, workOrder: 'revert-wo-2', costUsd: 7, tokens: 7 },
    ];
    const metrics = computeMetrics({ sinceMs: 0, nowMs: 10 * day, merges, canaries: [], attempts: [], spends });
    expect(metrics.spendPerMerge).toEqual({ workOrders: 2, costUsd: 1, tokens: 1600, meanUsd: 0.5 });
    expect(renderMetricsLines(metrics).at(-1)).toBe('agent spend per merged work order $0.5000 ($1.0000, 1,600 tokens over 2 work order(s))');
    expect(computeMetrics({ sinceMs: 0, nowMs: 10 * day, merges, canaries: [], attempts: [] }).spendPerMerge).toBeUndefined();
  });
});
