import { finalCanaryVerdicts } from './final-canary-verdicts.ts';
import { mergeSuccess } from './merge-success.ts';
import type { CanaryRecord, Incident, LeadTime, MergeRecord, MetricsInput, ThroughputMetrics } from './metrics-types.ts';
import { rate } from './rate.ts';
import { spendPerMerge } from './spend-per-merge.ts';
import { weeklyTrends } from './weekly-trends.ts';

export const percentile = (values: readonly number[], p: number): number | undefined => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);
const sameCommit = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Work order lead time: from the start of the attempt that merged (`Shopfloor-Started:` on the agent's
 * commit) to its merge on main. Not DORA's lead time for changes (commit → production): the clock starts
 * before any commit exists and stops at main. Merges without a recorded start have none.
 */
export function leadTimes(merges: readonly MergeRecord[]): LeadTime[] {
  return merges.flatMap((m) => m.workOrders.flatMap((workOrder) => {
    const started = m.startedAtMs?.[workOrder];
    return started === undefined ? [] : [{ workOrder, sha: m.sha, mergedAtMs: m.mergedAtMs, ms: Math.max(0, m.mergedAtMs - started) }];
  }));
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
 * rate is the share of changes on main (first-parent commits, reverts aside) later reverted or fixed;
 * merge success is per work order by its first decision (`mergeSuccess`); a revert is bad when main was still
 * RED after it (the final verdict on the revert itself, or else on the first commit canaried after it)
 * or when it reverts a revert. Canary failure is per canaried commit (`finalCanaryVerdicts`), while
 * incidents and time to restore follow every run, so a confirmation run does not open a second one.
 */
export function computeMetrics(input: MetricsInput): ThroughputMetrics {
  const inWindow = <T extends { atMs?: number; mergedAtMs?: number }>(x: T) => ((x.atMs ?? x.mergedAtMs)! >= input.sinceMs && (x.atMs ?? x.mergedAtMs)! <= input.nowMs);
  const merges = input.merges.filter(inWindow);
  const canaries = input.canaries.filter(inWindow).sort((a, b) => a.atMs - b.atMs);
  const reverts = merges.filter((m) => m.reverts);
  const changes = merges.filter((m) => !m.reverts);
  const failed = changes.filter((c) => input.merges.some((m) => (m.reverts && sameCommit(m.reverts, c.sha)) || (m.fixes && sameCommit(m.fixes, c.sha))));
  const verdicts = finalCanaryVerdicts(canaries);
  const lead = leadTimes(merges);
  const restores = incidents(canaries);
  const restored = restores.flatMap((i) => (i.restoredMs === undefined ? [] : [i.restoredMs]));
  const revertVerdicts = reverts.map((r) => verdicts.find((v) => sameCommit(v.sha, r.sha)) ?? verdicts.find((v) => v.atMs >= r.mergedAtMs));
  const revertsARevert = reverts.map((r) => input.merges.some((m) => m.reverts && sameCommit(r.reverts!, m.sha)));
  const badReverts = reverts.filter((_, i) => revertVerdicts[i]?.verdict === 'RED' || revertsARevert[i]).length;
  const fixes = merges.filter((m) => m.fixes);
  const leadP50 = percentile(lead.map((l) => l.ms), 0.5);
  const mttrMean = mean(restored);
  const mttrP50 = percentile(restored, 0.5);
  const testsPerFix = mean(fixes.map((f) => f.testsAdded));
  return {
    sinceMs: input.sinceMs,
    nowMs: input.nowMs,
    leadTimes: lead,
    ...(leadP50 !== undefined ? { leadTimeP50Ms: leadP50 } : {}),
    mergeSuccess: mergeSuccess(input.attempts, input.sinceMs, input.nowMs),
    canaryFailure: { ...rate(verdicts.filter((v) => v.verdict === 'RED').length, verdicts.length), runs: canaries.length },
    incidents: restores,
    ...(mttrMean !== undefined ? { mttrMeanMs: mttrMean } : {}),
    ...(mttrP50 !== undefined ? { mttrP50Ms: mttrP50 } : {}),
    changeFailure: rate(failed.length, changes.length),
    badReverts: rate(badReverts, reverts.length),
    revertsOfReverts: revertsARevert.filter(Boolean).length,
    ...(testsPerFix !== undefined ? { regressionTestsPerFix: testsPerFix } : {}),
    fixes: fixes.length,
    ...withSpend(spendPerMerge(merges, input.spends ?? [])),
    weeks: weeklyTrends(input.sinceMs, input.nowMs, { merges, canaries, leadTimes: lead }),
  };
}

const withSpend = (spend: ReturnType<typeof spendPerMerge>) => (spend ? { spendPerMerge: spend } : {});
