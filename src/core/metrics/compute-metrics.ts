import type { CanaryRecord, Incident, MergeRecord, MetricsInput, Rate, ThroughputMetrics } from './metrics-types.ts';
import { spendPerMerge } from './spend-per-merge.ts';
import { weeklyTrends } from './weekly-trends.ts';

export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
export const rate = (count: number, of: number): Rate => ({ count, of, ...(of > 0 ? { rate: count / of } : {}) });
const sameCommit = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/** Lead time per work order: first commit of its branch → merge on main (DORA change lead time). */
export function leadTimes(merges: readonly MergeRecord[]): { workOrder: string; sha: string; ms: number }[] {
  return merges.flatMap((m) => (m.firstCommitAtMs === undefined ? [] : m.workOrders.map((workOrder) => ({ workOrder, sha: m.sha, ms: Math.max(0, m.mergedAtMs - m.firstCommitAtMs!) }))));
}

/** Time to restore: from the first RED canary of a streak to the next GREEN one (DORA recovery time). */
export function incidents(canaries: readonly CanaryRecord[]): Incident[] {
  const sorted = [...canaries].sort((a, b) => a.atMs - b.atMs);
  const found: Incident[] = [];
  let open: CanaryRecord | undefined;
  for (const run of sorted) {
    if (run.verdict === 'RED' && !open) open = run;
    else if (run.verdict === 'GREEN' && open) {
      found.push({ redSha: open.sha, redAtMs: open.atMs, greenSha: run.sha, restoredMs: run.atMs - open.atMs });
      open = undefined;
    }
  }
  if (open) found.push({ redSha: open.sha, redAtMs: open.atMs });
  return found;
}

/**
 * Throughput and stability metrics as pure reducers over git facts and run records. Change failure
 * rate is the share of (non-revert) merges later reverted or fixed; a revert is bad when the first
 * canary after it was still RED (it did not restore green) or when it reverts a revert.
 */
export function computeMetrics(input: MetricsInput): ThroughputMetrics {
  const inWindow = <T extends { atMs?: number; mergedAtMs?: number }>(x: T) => ((x.atMs ?? x.mergedAtMs)! >= input.sinceMs && (x.atMs ?? x.mergedAtMs)! <= input.nowMs);
  const merges = input.merges.filter(inWindow);
  const canaries = input.canaries.filter(inWindow).sort((a, b) => a.atMs - b.atMs);
  const reverts = merges.filter((m) => m.reverts);
  const changes = merges.filter((m) => !m.reverts);
  const failed = changes.filter((c) => input.merges.some((m) => (m.reverts && sameCommit(m.reverts, c.sha)) || (m.fixes && sameCommit(m.fixes, c.sha))));
  const judged = canaries.filter((c) => c.verdict !== 'INCONCLUSIVE');
  const lead = leadTimes(merges);
  const restores = incidents(canaries);
  const restored = restores.flatMap((i) => (i.restoredMs === undefined ? [] : [i.restoredMs]));
  const revertVerdicts = reverts.map((r) => canaries.find((c) => c.atMs >= r.mergedAtMs && c.verdict !== 'INCONCLUSIVE'));
  const revertsARevert = reverts.map((r) => input.merges.some((m) => m.reverts && sameCommit(r.reverts!, m.sha)));
  const badReverts = reverts.filter((_, i) => revertVerdicts[i]?.verdict === 'RED' || revertsARevert[i]).length;
  const fixes = merges.filter((m) => m.fixes);
  const attempts = input.attempts.filter(inWindow);
  const leadP50 = percentile(lead.map((l) => l.ms), 0.5);
  const mttrMean = mean(restored);
  const mttrP50 = percentile(restored, 0.5);
  const testsPerFix = mean(fixes.map((f) => f.testsAdded));
  return {
    sinceMs: input.sinceMs,
    nowMs: input.nowMs,
    leadTimes: lead,
    ...(leadP50 !== undefined ? { leadTimeP50Ms: leadP50 } : {}),
    mergeSuccess: attempts.length ? rate(attempts.filter((a) => a.result === 'merged').length, attempts.length) : rate(0, 0),
    canaryFailure: rate(judged.filter((c) => c.verdict === 'RED').length, judged.length),
    incidents: restores,
    ...(mttrMean !== undefined ? { mttrMeanMs: mttrMean } : {}),
    ...(mttrP50 !== undefined ? { mttrP50Ms: mttrP50 } : {}),
    changeFailure: rate(failed.length, changes.length),
    badReverts: rate(badReverts, reverts.length),
    revertsOfReverts: revertsARevert.filter(Boolean).length,
    ...(testsPerFix !== undefined ? { regressionTestsPerFix: testsPerFix } : {}),
    fixes: fixes.length,
    ...withSpend(spendPerMerge(merges, input.spends ?? [])),
    weeks: weeklyTrends(input.sinceMs, input.nowMs, merges, canaries),
  };
}

const withSpend = (spend: ReturnType<typeof spendPerMerge>) => (spend ? { spendPerMerge: spend } : {});
