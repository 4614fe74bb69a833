import { describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../../src/core/report/report-schema.ts';
import { unboxedReason } from '../../../src/core/report/unboxed-reason.ts';

const base = { schemaVersion: 'shopfloor.verification-report/v1' } as unknown as VerificationReport;

describe('unboxedReason (report verify --require-isolation)', () => {
  it.each([
    ['a boxed report', { mode: 'bubblewrap', network: false, detail: 'gates ran in a bubblewrap 0.8.0 box' }, undefined],
    ['an unboxed report', { mode: 'none', network: true, detail: 'gates ran WITHOUT a sandbox (isolation: none)' }, 'the gates ran without a sandbox: gates ran WITHOUT a sandbox (isolation: none)'],
    ['a report from before isolation was recorded', undefined, 'the report does not say how its gates were isolated (written before Shopfloor recorded it); verify the commit again'],
  ] as const)('%s', (_name, isolation, expected) => {
    expect(unboxedReason({ ...base, ...(isolation ? { isolation } : {}) })).toBe(expected);
  });

  it('accepts the Windows box as a box, and a named box only when it is that one', () => {
    const windows = { ...base, isolation: { mode: 'windows-job', network: true, detail: 'gates ran in a Windows box' } } as const;
    expect(unboxedReason(windows)).toBeUndefined();
    expect(unboxedReason(windows, 'windows-job')).toBeUndefined();
    expect(unboxedReason(windows, 'bubblewrap')).toBe('the gates ran in windows-job, not bubblewrap: gates ran in a Windows box');
    expect(unboxedReason({ ...base, isolation: { mode: 'none', network: true, detail: 'x' } }, 'windows-job')).toBe('the gates ran without a sandbox: x');
  });
});
