import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/core/metrics/compute-metrics.ts';
import type { CanaryRecord, MergeRecord } from '../../../src/core/metrics/metrics-types.ts';

const m = 60_000;
const t0 = Date.UTC(2026, 10, 2); // a Monday
const merge = (sha: string, minute: number, extra: Partial<MergeRecord> = {}): MergeRecord => ({ sha, mergedAtMs: t0 + minute * m, workOrders: [], testsAdded: 0, ...extra });
const run = (sha: string, minute: number, verdict: CanaryRecord['verdict']): CanaryRecord => ({ sha, atMs: t0 + minute * m, verdict });
const metricsOf = (merges: MergeRecord[], canaries: CanaryRecord[]) => computeMetrics({ sinceMs: t0, nowMs: t0 + 6 * 24 * 60 * m, merges, canaries, attempts: [] });

describe('canary failure per canaried commit', () => {
  // The loop confirms a RED by running the canary twice, guards re-run it on the same main, and an
  // environment failure says nothing about the code.
  const merges = [merge('a1', 0), merge('b2', 10), merge('c3', 20, { reverts: 'b2' }), merge('d4', 30)];
  const canaries = [
    run('a1', 1, 'GREEN'), run('a1', 2, 'GREEN'), run('a1', 3, 'ENVIRONMENT'),
    run('b2', 11, 'RED'), run('b2', 12, 'RED'),
    run('c3', 21, 'GREEN'), run('c3', 22, 'GREEN'),
    run('d4', 31, 'INCONCLUSIVE'), run('d4', 32, 'GREEN'),
  ];
  const metrics = metricsOf(merges, canaries);

  it('counts each commit once, by its final judged verdict, and still shows every run', () => {
    expect(metrics.canaryFailure).toEqual({ count: 1, of: 4, rate: 0.25, runs: 9 });
    expect(metrics.weeks[0]).toMatchObject({ canaryRuns: 9, canaryCommits: 4, canaryRed: 1 });
  });

  it('keeps incidents and time to restore per run: the confirmation does not open a second incident', () => {
    expect(metrics.incidents).toEqual([{ redSha: 'b2', redAtMs: t0 + 11 * m, greenSha: 'c3', restoredMs: 10 * m }]);
  });

  it('judges a revert by the final verdict on the revert itself, so a flaky first run does not make it bad', () => {
    const flaky = metricsOf(merges, [...canaries.filter((c) => c.sha !== 'c3'), run('c3', 21, 'RED'), run('c3', 22, 'GREEN')]);
    expect(flaky.badReverts).toEqual({ count: 0, of: 1, rate: 0 });
    const stillRed = metricsOf(merges, [...canaries.filter((c) => c.sha !== 'c3'), run('c3', 21, 'RED'), run('c3', 22, 'RED')]);
    expect(stillRed.badReverts).toEqual({ count: 1, of: 1, rate: 1 });
  });
});
