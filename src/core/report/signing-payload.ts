import { canonicalJson } from './canonical-json.ts';
import type { VerificationReport } from './report-schema.ts';

/** The exact text that is signed: the report without its signature, as canonical JSON. */
export function signingPayload(report: VerificationReport): string {
  const { signature: _signature, ...unsigned } = report;
  return canonicalJson(unsigned);
}

/** The report file's text: canonical JSON plus a newline, so the file itself is stable byte for byte. */
export function renderReportFile(report: VerificationReport): string {
  return `${canonicalJson(report)}\n`;
}
