import { formatDuration } from '../duration.ts';
import type { Rate, ThroughputMetrics } from './metrics-types.ts';

const percent = (rate: Rate) => (rate.rate === undefined ? 'n/a' : `${(100 * rate.rate).toFixed(1)}% (${rate.count}/${rate.of})`);
const time = (ms: number | undefined) => (ms === undefined ? 'n/a' : formatDuration(ms));

/** The metrics table as aligned name/value lines: what `shopfloor metrics` and the demo print. */
/** Each metric as [name, value], for pages that lay them out themselves. */
export function metricsRows(metrics: ThroughputMetrics): [string, string][] {
  return [
    ['lead time per work order (p50)', `${time(metrics.leadTimeP50Ms)} over ${metrics.leadTimes.length} work order(s)`],
    ['merge success rate', percent(metrics.mergeSuccess)],
    ['canary failure rate', percent(metrics.canaryFailure)],
    ['mean time to restore', `${time(metrics.mttrMeanMs)} (p50 ${time(metrics.mttrP50Ms)}, ${metrics.incidents.length} incident(s))`],
    ['change failure rate', percent(metrics.changeFailure)],
    ['bad-revert rate', `${percent(metrics.badReverts)}, ${metrics.revertsOfReverts} revert(s) of a revert`],
    ['regression tests per fix', metrics.regressionTestsPerFix === undefined ? 'n/a' : `${metrics.regressionTestsPerFix.toFixed(1)} over ${metrics.fixes} fix(es)`],
    ['agent spend per merged work order', metrics.spendPerMerge ? `$${metrics.spendPerMerge.meanUsd.toFixed(4)} ($${metrics.spendPerMerge.costUsd.toFixed(4)}, ${metrics.spendPerMerge.tokens.toLocaleString('en-US')} tokens over ${metrics.spendPerMerge.workOrders} work order(s))` : 'n/a'],
  ];
}

export function renderMetricsLines(metrics: ThroughputMetrics): string[] {
  const rows = metricsRows(metrics);
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)} ${value}`);
}
