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
});
