import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchema } from '../../../src/core/json-schemas.ts';
import { canonicalJson } from '../../../src/core/report/canonical-json.ts';
import { decideVerdict } from '../../../src/core/report/decide-verdict.ts';
import { parseReport } from '../../../src/core/report/parse-report.ts';
import { renderCheckRun } from '../../../src/core/report/render-check-run.ts';
import { renderReportTable } from '../../../src/core/report/render-report-table.ts';
import { reportJsonSchema } from '../../../src/core/report/report-schema.ts';
import { renderReportFile } from '../../../src/core/report/signing-payload.ts';
import type { GateResult } from '../../../src/core/gates/gate-spec.ts';
import { sampleReport } from './report-fixture.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, é: 'x' })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"é":"x"}');
  });
  it('is independent of insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
  it('refuses values JSON would silently change', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/cannot hold NaN/);
  });
});

describe('parseReport', () => {
  const text = renderReportFile(sampleReport());
  it('reads what it writes', () => {
    expect(parseReport(text, 'r.json')).toEqual({ ok: true, value: sampleReport() });
  });
  it.each([
    ['not JSON', 'hello', 'it is not valid JSON'],
    ['truncated', text.slice(0, 200), 'the JSON is truncated'],
    ['an array', '[]', 'expected a JSON object'],
    ['an unknown version', text.replace('report/v1', 'report/v9'), 'schemaVersion "shopfloor.verification-report/v9"; this shopfloor reads "shopfloor.verification-report/v1" only'],
    ['a bad status', text.replace('"status":"pass"', '"status":"great"'), 'gates[0].status'],
  ])('rejects %s clearly', (_, input, message) => {
    const result = parseReport(input, 'r.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });
});

describe('decideVerdict', () => {
  const gate = (id: string, status: GateResult['status'], required = true): GateResult => ({ id, kind: 'unit', required, status, attempts: 1, durationMs: 1, annotations: [] });
  it.each([
    ['all required pass or cached', [gate('a', 'pass'), gate('b', 'cached'), gate('c', 'fail', false)], {}, true, []],
    ['a flaky gate blocks unless allowed', [gate('a', 'flaky')], {}, false, ['required gate "a" is flaky']],
    ['a flaky gate passes when allowed', [gate('a', 'flaky')], { allowFlaky: true }, true, []],
    ['a required gate that never ran', [gate('a', 'pass')], { requiredGates: ['a', 'golden'] }, false, ['required gate "golden" did not run']],
    ['an error blocks', [gate('a', 'error')], {}, false, ['required gate "a" ended error']],
    ['"golden" stands for every gate with a golden file', [gate('trace', 'fail', false), gate('b', 'pass')], { requiredGates: ['golden', 'b'], groups: { golden: ['trace'] } }, false, ['required gate "trace" ended fail']],
    ['"golden" with no golden gate has nothing to check', [gate('b', 'pass')], { requiredGates: ['golden'], groups: { golden: [] } }, false, ['required gate "golden" has nothing to check']],
  ])('%s', (_, gates, policy, passed, reasons) => {
    const verdict = decideVerdict(gates, { allowFlaky: false, ...policy }, false);
    expect(verdict.passed).toBe(passed);
    reasons.forEach((reason, i) => expect(verdict.reasons[i]).toContain(reason));
  });
});

describe('renderCheckRun', () => {
  it('batches annotations by 50 and keeps the summary under the limit', () => {
    const report = { ...sampleReport(400, 3), verdict: { passed: false, complete: true, reasons: ['x'.repeat(70_000)] } };
    const output = renderCheckRun(report);
    expect(output.conclusion).toBe('failure');
    expect(output.summary.length).toBeLessThanOrEqual(65_535);
    expect(output.summary).toContain('summary truncated');
    expect(output.annotationBatches.map((b) => b.length)).toEqual([...Array(24).fill(50)]);
    expect(output.annotationBatches[0]![0]).toEqual({ path: 'src/m0.ts', start_line: 1, end_line: 1, start_column: 3, end_column: 3, annotation_level: 'failure', message: 'problem 0 in gate 0', title: 'gate-0: TS2322' });
  });
  it('renders a terminal table and a Markdown table', () => {
    expect(renderReportTable(sampleReport(2))).toContain('✓  gate-0  pass    1      1.2s');
    expect(renderReportTable(sampleReport(2), { markdown: true })).toContain('| ✓ | gate-0 | pass | 1 | 1.2s |');
  });
  it('shows what each agent spent when the report carries it, and nothing when an older report does not', () => {
    const agents = [{ role: 'implementer', provider: 'claude', preset: 'claude-code', turns: 3, tokens: 3720, costUsd: 0.0168, wallMs: 14_200 }, { role: 'implementer', provider: 'local', turns: 1, tokens: 0, costUsd: 0, wallMs: 900 }];
    const text = renderReportTable({ ...sampleReport(1), agents });
    expect(text).toContain('Agent spend:\n  implementer claude (claude-code): 3 turns, 3,720 tokens, $0.0168, 14.2s\n  implementer local: 1 turns, 0 tokens, cost unknown, 0.9s\n');
    expect(renderReportTable({ ...sampleReport(1), agents }, { markdown: true })).toContain('- implementer claude (claude-code): 3 turns, 3,720 tokens, $0.0168, 14.2s');
    expect(renderReportTable(sampleReport(1))).not.toContain('Agent spend');
    expect(parseReport(JSON.stringify({ ...sampleReport(1), agents: [{ ...agents[0], tokens: -1 }] }), 'r.json').ok).toBe(false);
  });
});

describe('report JSON Schema', () => {
  it('the committed schema/verification-report.schema.json is generated from the zod schema (npm run schema)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../../schema/verification-report.schema.json'), 'utf8')).toBe(renderJsonSchema(reportJsonSchema()));
  });
});

describe('renderReportTable as Markdown', () => {
  it('prints every reason and annotation whole, as text, with the verdict', () => {
    const report = sampleReport(4, 12);
    const long = `${'x'.repeat(150)} end | [link](http://evil) @octocat\nsecond line`;
    const gates = report.gates.map((gate, i) => (i === 3 ? { ...gate, reason: long } : gate));
    const text = renderReportTable({ ...report, gates, verdict: { passed: false, complete: true, reasons: ['gate-3 failed'] } }, { markdown: true });
    expect(text).not.toContain('…');
    expect(text).toContain(`${'x'.repeat(150)} end \\| \\[link\\](http://evil) @\u2060octocat second line`);
    expect(text.split('\n').filter((line) => line.startsWith('- `src/m3.ts:'))).toHaveLength(12);
    expect(text).toContain('**Failed**\n- gate-3 failed');
  });
});
