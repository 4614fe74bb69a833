import type { WeekBucket } from './metrics-types.ts';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One weekly trend as a self-contained SVG bar chart (no script, no network): a group of bars per week,
 * one bar per series, the value written above each bar so the chart reads without a legend lookup.
 */
export function renderWeeklyChartSvg(title: string, weeks: readonly WeekBucket[], series: readonly { readonly name: string; readonly color: string; readonly values: readonly number[] }[]): string {
  const bar = 14;
  const group = series.length * bar + 18;
  const plotH = 120;
  const w = Math.max(240, 40 + weeks.length * group);
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const bars = weeks.flatMap((week, wi) =>
    series.map((s, si) => {
      const value = s.values[wi] ?? 0;
      const h = Math.round((value / max) * plotH);
      const x = 30 + wi * group + si * bar;
      const y = 30 + plotH - h;
      return `<rect class="bar" data-series="${escapeXml(s.name)}" data-week="${escapeXml(week.week)}" data-value="${value}" x="${x}" y="${y}" width="${bar - 2}" height="${h}" fill="${s.color}"><title>${escapeXml(`${s.name}, week of ${week.week}: ${value}`)}</title></rect><text x="${x + (bar - 2) / 2}" y="${y - 3}" font-size="9" text-anchor="middle" fill="currentColor">${value}</text>`;
    }),
  );
  const labels = weeks.map((week, wi) => `<text x="${30 + wi * group + (series.length * bar) / 2}" y="${30 + plotH + 14}" font-size="10" text-anchor="middle" fill="currentColor">${escapeXml(week.week.slice(5))}</text>`);
  const legend = series.map((s, si) => `<rect x="${30 + si * 120}" y="6" width="10" height="10" fill="${s.color}"/><text x="${44 + si * 120}" y="15" font-size="11" fill="currentColor">${escapeXml(s.name)}</text>`);
  return [
    `<figure class="chart"><figcaption>${escapeXml(title)}</figcaption>`,
    `<svg xmlns="http://www.w3.org/2000/svg" class="metrics-chart" viewBox="0 0 ${w} ${plotH + 52}" width="${w}" height="${plotH + 52}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, sans-serif">`,
    ...legend,
    `<line x1="26" y1="${30 + plotH}" x2="${w - 4}" y2="${30 + plotH}" stroke="#8c959f"/>`,
    ...bars,
    ...labels,
    '</svg></figure>',
  ].join('\n');
}
