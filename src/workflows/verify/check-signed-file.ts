import { looksLikeDsseEnvelope, readDsseEnvelope } from '../../core/report/dsse-envelope.ts';
import { parseReport } from '../../core/report/parse-report.ts';
import type { SignatureVerifier } from '../../ports/report-signer.ts';
import { checkAttestation } from './check-attestation.ts';
import { checkReport, type ReportCheck, type ReportExpectation, type TrustedKey } from './check-report.ts';

/** Which form a signed file has: a DSSE envelope (the in-toto attestation) or a bare report. */
export function signedFileKind(text: string): 'attestation' | 'report' {
  try {
    return looksLikeDsseEnvelope(JSON.parse(text)) ? 'attestation' : 'report';
  } catch {
    return 'report';
  }
}

/** Checks either form of a signed report; both prove the same things in the same words. */
export function checkSignedFile(text: string, file: string, trusted: readonly TrustedKey[], verifier: SignatureVerifier, expected?: string | ReportExpectation): ReportCheck {
  return signedFileKind(text) === 'attestation' ? checkAttestation(text, file, trusted, verifier, expected) : checkReport(text, file, trusted, verifier, expected);
}

/**
 * The head commit a signed file claims, before any check (only to look the commit up so the check can
 * compare parents); undefined when the file does not say.
 */
export function unverifiedHead(text: string): string | undefined {
  if (signedFileKind(text) === 'report') {
    const parsed = parseReport(text, 'report');
    return parsed.ok ? parsed.value.head : undefined;
  }
  const envelope = readDsseEnvelope(text);
  if (!envelope.ok) return undefined;
  try {
    const head = (JSON.parse(envelope.body) as { predicate?: { head?: unknown } } | null)?.predicate?.head;
    return typeof head === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(head) ? head : undefined;
  } catch {
    return undefined;
  }
}
