import { preAuthEncoding, readDsseEnvelope } from '../../core/report/dsse-envelope.ts';
import { findDuplicateJsonKey } from '../../core/report/find-duplicate-json-key.ts';
import { parseReport } from '../../core/report/parse-report.ts';
import type { VerificationReport } from '../../core/report/report-schema.ts';
import { inTotoPayloadType, inTotoStatementType, reportPredicateType } from '../../core/report/report-statement.ts';
import type { SignatureVerifier } from '../../ports/report-signer.ts';
import { checkExpectation, trustedKeyProblem, type ReportCheck, type ReportExpectation, type TrustedKey } from './check-report.ts';

/**
 * Checks a report's in-toto attestation (a DSSE envelope): the PAE signature by a trusted key first (the
 * envelope's `keyid` is only a hint, as DSSE requires), then the Statement read from the signed bytes
 * (type, predicate type, the report as predicate), subjects that name the report's own head and tree and
 * nothing else, and the same expectations as a bare report (commit, policy).
 */
export function checkAttestation(text: string, file: string, trusted: readonly TrustedKey[], verifier: SignatureVerifier, expected?: string | ReportExpectation): ReportCheck {
  const envelope = readDsseEnvelope(text);
  if (!envelope.ok) return { ok: false, reasons: [`${file} is not a readable attestation: ${envelope.error}`] };
  if (envelope.payloadType !== inTotoPayloadType) return { ok: false, reasons: [`${file}: the payloadType is "${envelope.payloadType.slice(0, 80)}", not "${inTotoPayloadType}"; it is not an in-toto attestation`] };
  const usable = trusted.filter((key) => trustedKeyProblem(key, verifier) === undefined);
  const problem = trusted.map((key) => trustedKeyProblem(key, verifier)).find((p) => p !== undefined);
  if (usable.length === 0) return { ok: false, reasons: [problem ?? `${file}: no trusted keys; list signers in the policy or pass --key`] };
  const signed = preAuthEncoding(envelope.payloadType, envelope.body);
  const key = usable.find((k) => envelope.signatures.some((s) => verifier.verify(k.publicKey, signed, s.sig.replace(/-/g, '+').replace(/_/g, '/'))));
  if (!key) {
    const named = envelope.signatures.map((s) => s.keyid).filter(Boolean);
    const untrusted = named.length > 0 && !named.some((id) => usable.some((k) => k.keyId === id));
    return { ok: false, reasons: [untrusted
      ? `${file} is signed by key ${named.join(', ')}, which is not trusted (trusted: ${usable.map((k) => k.keyId).join(', ')})`
      : `${file}: no signature verifies over the payload and its type; the attestation was changed after signing (or forged)`] };
  }
  const statement = readStatement(envelope.body, file);
  if (!statement.ok) return { ok: false, reasons: statement.reasons };
  const report = statement.report;
  const subjects = statement.subjects;
  const commits = subjects.flatMap((s) => (s.gitCommit === undefined ? [] : [s.gitCommit]));
  const trees = subjects.flatMap((s) => (s.gitTree === undefined ? [] : [s.gitTree]));
  if (!commits.includes(report.head)) return { ok: false, report, reasons: [`${file}: no subject names the report's head ${report.head.slice(0, 12)} as gitCommit; the statement is about something else`] };
  const stray = [...commits.filter((c) => c !== report.head), ...trees.filter((t) => t !== report.tree)];
  if (stray.length > 0 || subjects.some((s) => s.gitCommit === undefined && s.gitTree === undefined)) {
    return { ok: false, report, reasons: [`${file}: a subject names ${stray[0]?.slice(0, 12) ?? 'something other than a git commit or tree'}, which is not the report's head or tree; the attestation would vouch for more than was verified`] };
  }
  return checkExpectation(report, file, key.keyId, expected);
}

type ReadStatement =
  | { readonly ok: true; readonly report: VerificationReport; readonly subjects: readonly { readonly gitCommit?: string; readonly gitTree?: string }[] }
  | { readonly ok: false; readonly reasons: readonly string[] };

function readStatement(body: string, file: string): ReadStatement {
  const duplicate = findDuplicateJsonKey(body);
  if (duplicate) return { ok: false, reasons: [`${file}: the statement has the key "${duplicate.key}" twice (at ${duplicate.path})`] };
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { ok: false, reasons: [`${file}: the signed payload is not JSON`] };
  }
  if (data === null || typeof data !== 'object' || data._type !== inTotoStatementType) return { ok: false, reasons: [`${file}: the payload is not an in-toto Statement (_type must be "${inTotoStatementType}")`] };
  if (data.predicateType !== reportPredicateType) return { ok: false, reasons: [`${file}: the predicateType is ${JSON.stringify(data.predicateType)}, not Shopfloor's "${reportPredicateType}"`] };
  if (!Array.isArray(data.subject) || data.subject.length === 0) return { ok: false, reasons: [`${file}: the statement has no subject`] };
  const subjects = (data.subject as unknown[]).map((s) => {
    const digest = (s as { digest?: unknown } | null)?.digest;
    const set = digest && typeof digest === 'object' ? (digest as Record<string, unknown>) : {};
    return { ...(typeof set.gitCommit === 'string' ? { gitCommit: set.gitCommit } : {}), ...(typeof set.gitTree === 'string' ? { gitTree: set.gitTree } : {}) };
  });
  const parsed = parseReport(JSON.stringify(data.predicate ?? null), `${file} (predicate)`);
  if (!parsed.ok) return { ok: false, reasons: parsed.errors };
  return { ok: true, report: parsed.value, subjects };
}
