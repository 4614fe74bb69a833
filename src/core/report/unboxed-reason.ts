import type { VerificationReport } from './report-schema.ts';

/**
 * Why a report cannot show that its gates ran in a sandbox, or undefined when it does. A report from
 * before isolation was recorded says nothing, which is not enough. (A forger holding the key could
 * write any isolation; this guards against honest but unboxed verifiers, not against a stolen key.)
 */
export function unboxedReason(report: VerificationReport): string | undefined {
  if (!report.isolation) return 'the report does not say how its gates were isolated (written before Shopfloor recorded it); verify the commit again';
  if (report.isolation.mode === 'none') return `the gates ran without a sandbox: ${report.isolation.detail}`;
  return undefined;
}
