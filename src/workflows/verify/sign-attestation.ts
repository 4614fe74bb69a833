import { preAuthEncoding, renderDsseEnvelope } from '../../core/report/dsse-envelope.ts';
import type { VerificationReport } from '../../core/report/report-schema.ts';
import { inTotoPayloadType, renderStatement, reportStatement } from '../../core/report/report-statement.ts';
import type { ReportSigner } from '../../ports/report-signer.ts';

/**
 * The report as an in-toto attestation: its Statement in a DSSE envelope, signed (over the PAE) by the
 * same key as the report, with that key's id as the envelope's `keyid`. Returns the envelope file's text.
 */
export async function signReportAttestation(report: VerificationReport, signer: ReportSigner): Promise<string> {
  const body = renderStatement(reportStatement(report));
  const sig = await signer.sign(preAuthEncoding(inTotoPayloadType, body));
  return renderDsseEnvelope(inTotoPayloadType, body, signer.keyId, sig);
}
