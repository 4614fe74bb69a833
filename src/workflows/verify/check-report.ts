import { matchReportCommit, isFullSha, type CommitFacts } from '../../core/report/match-report-commit.ts';
import { parseReport } from '../../core/report/parse-report.ts';
import type { VerificationReport } from '../../core/report/report-schema.ts';
import { signingPayload } from '../../core/report/signing-payload.ts';
import type { SignatureVerifier } from '../../ports/report-signer.ts';

export interface TrustedKey {
  readonly keyId: string;
  readonly publicKey: string;
}

/** What else a report must hold for, besides its signature. */
export interface ReportExpectation {
  /** The commit it must prove: its head, or a commit with the head's very tree and parents. */
  readonly commit?: CommitFacts;
  /** The report's head commit as this repository has it (to compare parents), when it has it. */
  readonly signedHead?: CommitFacts;
  /** `sha256:<hex>` of the policy the verifier is given; the report must have run under it. */
  readonly policyDigest?: string;
}

export type ReportCheck =
  | { readonly ok: true; readonly report: VerificationReport; readonly keyId: string; readonly matched?: 'head' | 'same-tree-and-parents' }
  | { readonly ok: false; readonly reasons: readonly string[]; readonly report?: VerificationReport };

/** Ed25519 signatures are 64 bytes: 88 base64 characters, the last two `==`, no stray bits. */
const canonicalSignature = /^[A-Za-z0-9+/]{85}[AQgw]==$/;

/**
 * Checks a report file: readable, a known version, signed, by a trusted key whose id matches its bytes,
 * the signature (in its one canonical base64 spelling) over the canonical payload verifies, and it is
 * about the commit asked for. `expected` as a string is a full head SHA; a tree SHA or a prefix is refused.
 */
export function checkReport(text: string, file: string, trusted: readonly TrustedKey[], verifier: SignatureVerifier, expected?: string | ReportExpectation): ReportCheck {
  const parsed = parseReport(text, file);
  if (!parsed.ok) return { ok: false, reasons: parsed.errors };
  const report = parsed.value;
  if (!report.signature) return { ok: false, report, reasons: [`${file} is unsigned; rerun \`shopfloor verify --sign\` to get a signed report`] };
  const key = trusted.find((k) => k.keyId === report.signature!.keyId);
  if (!key) {
    return { ok: false, report, reasons: [`${file} is signed by key ${report.signature.keyId}, which is not trusted${trusted.length ? ` (trusted: ${trusted.map((k) => k.keyId).join(', ')})` : ': no trusted keys; list signers in the policy or pass --key'}`] };
  }
  const problem = trustedKeyProblem(key, verifier);
  if (problem) return { ok: false, report, reasons: [problem] };
  // Base64 has several spellings of the same bytes; only the canonical one keeps the file's digest unique.
  if (!canonicalSignature.test(report.signature.value)) return { ok: false, report, reasons: [`${file}: the signature is not in canonical base64 (88 characters ending in "=="); the report was re-encoded or changed after signing`] };
  if (!verifier.verify(key.publicKey, signingPayload(report), report.signature.value)) {
    return { ok: false, report, reasons: [`${file}: the signature does not match the content; the report was changed after signing (or forged)`] };
  }
  return checkExpectation(report, file, key.keyId, expected);
}

/** The key a report names, when it is trusted and really is the key its id says; otherwise why not. */
export function trustedKeyProblem(key: TrustedKey, verifier: SignatureVerifier): string | undefined {
  const derived = verifier.keyIdOf(key.publicKey);
  if (derived === undefined) return `the trusted key ${key.keyId} is not an Ed25519 public key (PEM or base64 SPKI); fix the signers entry`;
  if (derived !== key.keyId) return `the trusted key listed as ${key.keyId} is really ${derived}; fix the signers entry in the policy`;
  return undefined;
}

/**
 * What a report with a good signature must still hold for: the policy it ran under and the commit it
 * proves. Shared by bare reports and their in-toto attestations.
 */
export function checkExpectation(report: VerificationReport, file: string, keyId: string, expected?: string | ReportExpectation): ReportCheck {
  const expectation: ReportExpectation = typeof expected === 'string' ? { commit: { sha: expected.toLowerCase(), tree: '', parents: [] } } : (expected ?? {});
  if (expectation.policyDigest !== undefined && expectation.policyDigest !== report.policyDigest) {
    return { ok: false, report, reasons: [`${file} was made under another policy (policyDigest ${report.policyDigest.slice(0, 19)}…, the given policy is ${expectation.policyDigest.slice(0, 19)}…); verify against the policy it ran under, or verify again`] };
  }
  if (!expectation.commit) return { ok: true, report, keyId };
  if (typeof expected === 'string' && !isFullSha(expectation.commit.sha)) return { ok: false, report, reasons: [`${file}: "${expected}" is not a full commit SHA; a report proves one commit, named by all its hex digits`] };
  const match = matchReportCommit(report, expectation.commit, expectation.signedHead);
  if (!match.ok) return { ok: false, report, reasons: [`${file}: ${match.reason}`] };
  return { ok: true, report, keyId, matched: match.how };
}
