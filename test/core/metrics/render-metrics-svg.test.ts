import { describe, expect, it } from 'vitest';
import { renderWeeklyChartSvg } from '../../../src/core/metrics/render-metrics-svg.ts';
import type { WeekBucket } from '../../../src/core/metrics/metrics-types.ts';

const week = (date: string, merges: number): WeekBucket => ({ week: date, merges, reverts: 0, canaryRuns: 0, canaryCommits: 0, canaryRed: 0 });

describe('renderWeeklyChartSvg', () => {
  it('draws one bar per week and series, scaled to the largest value, with values and an escaped title', () => {
    const svg = renderWeeklyChartSvg('Merges <per> week', [week('2026-11-23', 2), week('2026-11-30', 4)], [{ name: 'merges', color: '#1a7f37', values: [2, 4] }, { name: 'reverts', color: '#cf222e', values: [0, 1] }]);
    const bars = [...svg.matchAll(/data-series="(\w+)" data-week="([\d-]+)" data-value="(\d+)" x="\d+" y="\d+" width="\d+" height="(\d+)"/g)].map((m) => [m[1], m[2], Number(m[3]), Number(m[4])]);
    expect(bars).toEqual([
      ['merges', '2026-11-23', 2, 60],
      ['reverts', '2026-11-23', 0, 0],
      ['merges', '2026-11-30', 4, 120],
      ['reverts', '2026-11-30', 1, 30],
    ]);
    expect(svg).toContain('<figcaption>Merges &#60;per&#62; week</figcaption>');
    expect(svg).not.toMatch(/<script|href=/);
  });
});
