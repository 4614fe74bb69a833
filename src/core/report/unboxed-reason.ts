import type { VerificationReport } from './report-schema.ts';

/** The boxes `report verify --require-isolation <mode>` can name. */
export const isolationModes = ['bubblewrap', 'windows-job'] as const;
export type BoxMode = (typeof isolationModes)[number];

/**
 * Why a report cannot show that its gates ran in a sandbox (or, with `required`, in that sandbox), or
 * undefined when it does. A report from before isolation was recorded says nothing, which is not enough.
 * (A forger holding the key could write any isolation; this guards against honest but unboxed
 * verifiers, not against a stolen key.)
 */
export function unboxedReason(report: VerificationReport, required?: BoxMode): string | undefined {
  if (!report.isolation) return 'the report does not say how its gates were isolated (written before Shopfloor recorded it); verify the commit again';
  if (report.isolation.mode === 'none') return `the gates ran without a sandbox: ${report.isolation.detail}`;
  if (required && report.isolation.mode !== required) return `the gates ran in ${report.isolation.mode}, not ${required}: ${report.isolation.detail}`;
  return undefined;
}
