import { formatDuration } from '../duration.ts';
import type { CanaryFailure, MergeSuccess, Rate, ThroughputMetrics } from './metrics-types.ts';

const percent = (rate: Rate) => (rate.rate === undefined ? 'n/a' : `${(100 * rate.rate).toFixed(1)}% (${rate.count}/${rate.of})`);
const rateOnly = (rate: Rate) => (rate.rate === undefined ? 'n/a' : `${(100 * rate.rate).toFixed(1)}%`);
const time = (ms: number | undefined) => (ms === undefined ? 'n/a' : formatDuration(ms));

/** Merge success with what it counts: work orders by their first decision, then every decision. */
export const describeMergeSuccess = (m: MergeSuccess): string =>
  `${m.count} of ${m.of} work order(s) merged without a person at their first decision, ${m.held} held, ${m.failed} failed; all decisions: ${m.attempts.merged} merged, ${m.attempts.held} held, ${m.attempts.failed} failed`;

/** Canary failure with what it counts: commits by their final judged verdict, and the runs behind them. */
export const describeCanaryFailure = (c: CanaryFailure): string => `${c.count} of ${c.of} canaried commit(s) RED at their final judged verdict; ${c.runs} canary run(s)`;

/** What change failure and the weekly counts divide by: every first-parent commit, not only merges. */
export const changesOnMain = 'changes on main (first-parent commits, reverts aside)';

/** Incidents with the open ones named: time to restore is measured over the restored ones only. */
export const describeIncidents = (metrics: ThroughputMetrics): string => {
  const open = metrics.incidents.filter((incident) => incident.restoredMs === undefined).length;
  return `${metrics.incidents.length} incident(s), ${open} still open`;
};

/** Each metric as [name, value], for pages that lay them out themselves. */
export function metricsRows(metrics: ThroughputMetrics): [string, string][] {
  return [
    ['work order lead time (p50)', `${time(metrics.leadTimeP50Ms)} over ${metrics.leadTimes.length} work order(s), from the start of the attempt that merged to main`],
    ['merge success (per work order)', `${rateOnly(metrics.mergeSuccess)} (${describeMergeSuccess(metrics.mergeSuccess)})`],
    ['canary failure (per commit)', `${rateOnly(metrics.canaryFailure)} (${describeCanaryFailure(metrics.canaryFailure)})`],
    ['mean time to restore', `${time(metrics.mttrMeanMs)} (p50 ${time(metrics.mttrP50Ms)}, ${describeIncidents(metrics)})`],
    ['change failure rate', `${percent(metrics.changeFailure)} of ${changesOnMain} later reverted or fixed`],
    ['bad-revert rate', `${percent(metrics.badReverts)}, ${metrics.revertsOfReverts} revert(s) of a revert`],
    ['regression tests per fix', metrics.regressionTestsPerFix === undefined ? 'n/a' : `${metrics.regressionTestsPerFix.toFixed(1)} over ${metrics.fixes} fix(es)`],
    ['agent spend per merged work order', metrics.spendPerMerge ? `$${metrics.spendPerMerge.meanUsd.toFixed(4)} ($${metrics.spendPerMerge.costUsd.toFixed(4)}, ${metrics.spendPerMerge.tokens.toLocaleString('en-US')} tokens over ${metrics.spendPerMerge.workOrders} work order(s))` : 'n/a'],
  ];
}

/** The metrics table as aligned name/value lines: what `shopfloor metrics` and the demo print. */
export function renderMetricsLines(metrics: ThroughputMetrics): string[] {
  const rows = metricsRows(metrics);
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)} ${value}`);
}
