import { parseReport } from '../../core/report/parse-report.ts';
import type { VerificationReport } from '../../core/report/report-schema.ts';
import { signingPayload } from '../../core/report/signing-payload.ts';
import type { SignatureVerifier } from '../../ports/report-signer.ts';

export interface TrustedKey {
  readonly keyId: string;
  readonly publicKey: string;
}

export type ReportCheck =
  | { readonly ok: true; readonly report: VerificationReport; readonly keyId: string }
  | { readonly ok: false; readonly reasons: readonly string[]; readonly report?: VerificationReport };

/**
 * Checks a report file: readable, a known version, signed, by a trusted key whose id matches its bytes,
 * the signature over the canonical payload verifies, and it is about the SHA asked for (head or tree).
 */
export function checkReport(text: string, file: string, trusted: readonly TrustedKey[], verifier: SignatureVerifier, expectedSha?: string): ReportCheck {
  const parsed = parseReport(text, file);
  if (!parsed.ok) return { ok: false, reasons: parsed.errors };
  const report = parsed.value;
  if (!report.signature) return { ok: false, report, reasons: [`${file} is unsigned; rerun \`shopfloor verify --sign\` to get a signed report`] };
  const key = trusted.find((k) => k.keyId === report.signature!.keyId);
  if (!key) {
    return { ok: false, report, reasons: [`${file} is signed by key ${report.signature.keyId}, which is not trusted${trusted.length ? ` (trusted: ${trusted.map((k) => k.keyId).join(', ')})` : ': no trusted keys; list signers in the policy or pass --key'}`] };
  }
  const derived = verifier.keyIdOf(key.publicKey);
  if (derived !== undefined && derived !== key.keyId) return { ok: false, report, reasons: [`the trusted key listed as ${key.keyId} is really ${derived}; fix the signers entry in the policy`] };
  if (derived === undefined) return { ok: false, report, reasons: [`the trusted key ${key.keyId} is not an Ed25519 public key (PEM or base64 SPKI); fix the signers entry`] };
  if (!verifier.verify(key.publicKey, signingPayload(report), report.signature.value)) {
    return { ok: false, report, reasons: [`${file}: the signature does not match the content; the report was changed after signing (or forged)`] };
  }
  if (expectedSha) {
    const wanted = expectedSha.toLowerCase();
    const matches = wanted.length >= 7 && (report.head.startsWith(wanted) || report.tree.startsWith(wanted));
    if (!matches) return { ok: false, report, reasons: [`${file} proves head ${report.head}, not ${expectedSha}; a report proves nothing about any other commit`] };
  }
  return { ok: true, report, keyId: key.keyId };
}
