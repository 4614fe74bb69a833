import { formatDuration } from '../duration.ts';
import type { Rate, ThroughputMetrics, WeekBucket } from './metrics-types.ts';
import { changesOnMain, describeCanaryFailure, describeIncidents, describeMergeSuccess } from './render-metrics-lines.ts';

const percent = (r: Rate) => (r.rate === undefined ? 'n/a (no data)' : `${(100 * r.rate).toFixed(1)}% (${r.count} of ${r.of})`);
const duration = (ms: number | undefined) => (ms === undefined ? 'n/a (no data)' : formatDuration(ms));
const hours = (ms: number | undefined) => (ms === undefined ? 0 : Number((ms / 3_600_000).toFixed(1)));

/** A Mermaid `xychart-beta` (rendered by GitHub) of one series per week. */
function chart(title: string, weeks: readonly WeekBucket[], axis: string, series: readonly { kind: 'bar' | 'line'; values: readonly number[] }[]): string {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${weeks.map((w) => `"${w.week.slice(5)}"`).join(', ')}]`,
    `  y-axis "${axis}" 0 --> ${Math.ceil(max * 1.1)}`,
    ...series.map((s) => `  ${s.kind} [${s.values.join(', ')}]`),
    '```',
  ].join('\n');
}

/** The metrics as GitHub-flavoured Markdown: a headline table and weekly trend charts. */
export function renderMetricsMarkdown(metrics: ThroughputMetrics): string {
  const since = new Date(metrics.sinceMs).toISOString().slice(0, 10);
  const until = new Date(metrics.nowMs).toISOString().slice(0, 10);
  const weeks = metrics.weeks;
  const rows = [
    ['Work order lead time (p50)', duration(metrics.leadTimeP50Ms), `${metrics.leadTimes.length} work order(s), from the start of the attempt that merged to its merge on main`],
    ['Merge success (per work order)', percent(metrics.mergeSuccess), describeMergeSuccess(metrics.mergeSuccess)],
    ['Canary failure (per commit)', percent(metrics.canaryFailure), describeCanaryFailure(metrics.canaryFailure)],
    ['Mean time to restore', duration(metrics.mttrMeanMs), `p50 ${duration(metrics.mttrP50Ms)}; ${describeIncidents(metrics)}`],
    ['Change failure rate', percent(metrics.changeFailure), `${changesOnMain} later reverted or fixed`],
    ['Bad-revert rate', percent(metrics.badReverts), `${metrics.revertsOfReverts} revert(s) of a revert`],
    ['Regression tests per fix', metrics.regressionTestsPerFix === undefined ? 'n/a (no fixes)' : metrics.regressionTestsPerFix.toFixed(1), `${metrics.fixes} fix(es)`],
    ['Agent spend per merged work order', metrics.spendPerMerge ? `$${metrics.spendPerMerge.meanUsd.toFixed(4)}` : 'n/a (no spend records)', metrics.spendPerMerge ? `$${metrics.spendPerMerge.costUsd.toFixed(4)} and ${metrics.spendPerMerge.tokens} tokens over ${metrics.spendPerMerge.workOrders} work order(s), every attempt counted` : 'agent-spend run records'],
  ];
  return [
    `## Shopfloor metrics, ${since} to ${until}`,
    '',
    '| Metric | Value | Notes |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '### Weekly trends',
    '',
    chart('Changes on main (bars) and reverts (line) per week', weeks, 'count', [
      { kind: 'bar', values: weeks.map((w) => w.merges) },
      { kind: 'line', values: weeks.map((w) => w.reverts) },
    ]),
    '',
    chart('Canaried commits (bars) and RED commits (line) per week', weeks, 'commits', [
      { kind: 'bar', values: weeks.map((w) => w.canaryCommits) },
      { kind: 'line', values: weeks.map((w) => w.canaryRed) },
    ]),
    '',
    chart('Work order lead time, p50 hours', weeks, 'hours', [{ kind: 'line', values: weeks.map((w) => hours(w.leadTimeP50Ms)) }]),
    '',
  ].join('\n');
}
