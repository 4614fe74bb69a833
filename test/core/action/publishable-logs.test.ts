import { describe, expect, it } from 'vitest';
import { publishableLogs } from '../../../src/core/action/publishable-logs.ts';
import type { VerificationReport } from '../../../src/core/report/report-schema.ts';
import { sampleReport } from '../report/report-fixture.ts';

const withSecrets = (status: 'pass' | 'fail' | 'error' | 'skipped' | undefined): VerificationReport => {
  const report = sampleReport(2, 0);
  if (!status) return report;
  return { ...report, gates: [...report.gates, { id: 'secrets', kind: 'security', required: true, status, attempts: 1, durationMs: 3, annotations: [] }] };
};

describe('publishableLogs', () => {
  it.each([
    ['the secrets gate passed', 'pass', ['gate-0', 'gate-1']],
    ['the secrets gate did not run', undefined, ['gate-0', 'gate-1']],
    ['the secrets gate was skipped', 'skipped', ['gate-0', 'gate-1']],
    ['the secrets gate failed', 'fail', []],
    ['the secrets gate errored', 'error', []],
  ] as const)('when %s, uploads %j', (_case, status, ids) => {
    const logs = publishableLogs(withSecrets(status));
    expect(logs.gates.map((gate) => gate.id)).toEqual(ids);
    expect(logs.withheld === undefined).toBe(ids.length > 0);
  });

  it('says why logs were held back', () => {
    expect(publishableLogs(withSecrets('fail')).withheld).toMatch(/not uploaded: the `secrets` gate found possible secrets/);
  });
});
