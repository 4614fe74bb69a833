import { metricsRows } from '../../core/metrics/render-metrics-lines.ts';
import type { ThroughputMetrics } from '../../core/metrics/metrics-types.ts';
import { renderWeeklyChartSvg } from '../../core/metrics/render-metrics-svg.ts';
import { escapeHtml } from './escape-html.ts';
import { head } from './writer-pages.ts';

/** The metrics page: the table `shopfloor metrics` prints and its weekly trends as inline SVG charts. */
export function renderMetricsPage(metrics: ThroughputMetrics): string {
  const weeks = metrics.weeks;
  const rows = metricsRows(metrics).map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n');
  return `${head('Metrics · Shopfloor Writer')}
<body>
<main>
<p class="meta"><a href="/">← all runs</a></p>
<header class="run"><h1>Metrics</h1><div class="meta">${escapeHtml(new Date(metrics.sinceMs).toISOString().slice(0, 10))} to ${escapeHtml(new Date(metrics.nowMs).toISOString().slice(0, 10))}, as <code>npx shopfloor metrics</code> computes them</div></header>
<table class="metrics">
${rows}
</table>
${renderWeeklyChartSvg('Changes on main (first-parent commits) and reverts per week', weeks, [{ name: 'changes', color: '#1a7f37', values: weeks.map((w) => w.merges) }, { name: 'reverts', color: '#cf222e', values: weeks.map((w) => w.reverts) }])}
${renderWeeklyChartSvg('Canaried commits and RED commits per week (final verdict per commit)', weeks, [{ name: 'canaried commits', color: '#0969da', values: weeks.map((w) => w.canaryCommits) }, { name: 'RED', color: '#cf222e', values: weeks.map((w) => w.canaryRed) }])}
</main>
</body>
</html>
`;
}
