import type { Rate, ThroughputMetrics } from '../metrics/metrics-types.ts';

const percent = (rate: Rate) => (rate.rate === undefined ? 'n/a' : `${(100 * rate.rate).toFixed(1)}% (${rate.count}/${rate.of})`);
const time = (ms: number | undefined) => (ms === undefined ? 'n/a' : ms < 120_000 ? `${(ms / 1000).toFixed(1)}s` : `${(ms / 60_000).toFixed(1)}min`);

/** The metrics table as aligned name/value lines (the same figures `shopfloor metrics` prints). */
export function renderMetricsLines(metrics: ThroughputMetrics): string[] {
  const rows: [string, string][] = [
    ['lead time per work order (p50)', `${time(metrics.leadTimeP50Ms)} over ${metrics.leadTimes.length} work order(s)`],
    ['merge success rate', percent(metrics.mergeSuccess)],
    ['canary failure rate', percent(metrics.canaryFailure)],
    ['mean time to restore', `${time(metrics.mttrMeanMs)} (${metrics.incidents.length} incident(s))`],
    ['change failure rate', percent(metrics.changeFailure)],
    ['bad-revert rate', percent(metrics.badReverts)],
  ];
  return rows.map(([name, value]) => `${name.padEnd(32)} ${value}`);
}
