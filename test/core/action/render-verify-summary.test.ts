import { describe, expect, it } from 'vitest';
import { renderVerifySummary } from '../../../src/core/action/render-verify-summary.ts';
import { sampleReport } from '../report/report-fixture.ts';

describe('renderVerifySummary', () => {
  it('says why a failing gate without a log failed, as plain text', () => {
    const report = sampleReport(1, 0);
    const gates = [
      { ...report.gates[0]! },
      { id: 'scope', kind: 'scope', required: true, status: 'fail' as const, attempts: 1, durationMs: 3, annotations: [], reason: 'changed .github/ci.yml, outside the scope [src/**](http://x) @octocat' },
      { id: 'secrets', kind: 'secrets', required: true, status: 'pass' as const, attempts: 1, durationMs: 3, annotations: [], reason: 'nothing found' },
    ];
    const summary = renderVerifySummary({ report: { ...report, gates }, passed: false, reportDigest: `sha256:${'c'.repeat(64)}`, logLinks: {}, notes: [] });
    const row = (id: string) => summary.split('\n').find((line) => line.startsWith(`| ${id} |`));
    expect(summary).toContain('| gate | result | attempts | duration | log | why |');
    expect(row('scope')).toContain('| — | changed .github/ci.yml, outside the scope \\[src/\\*\\*\\](http://x) @\u2060octocat |');
    expect(row('secrets')).toMatch(/\| — \|  \|$/);
    expect(row('gate-0')).toMatch(/\|  \|$/);
  });
});
