import { canonicalJson } from './canonical-json.ts';
import type { VerificationReport } from './report-schema.ts';

/** The DSSE payload type of an in-toto Statement. */
export const inTotoPayloadType = 'application/vnd.in-toto+json';
/** The in-toto Statement version written and read. */
export const inTotoStatementType = 'https://in-toto.io/Statement/v1';
/**
 * Shopfloor's predicate type: the VerificationReport itself (without its own `signature`: the envelope
 * signs it), in the spirit of SLSA's verification summary attestation (https://slsa.dev/verification_summary/v1),
 * which says "this artifact was verified against this policy" for packages rather than commits.
 */
export const reportPredicateType = 'https://shopfloor.invalid/attestation/verification-report/v1';

export interface InTotoSubject {
  readonly name: string;
  readonly digest: Readonly<Record<string, string>>;
}

/** An in-toto Statement (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md). */
export interface InTotoStatement {
  readonly _type: string;
  readonly subject: readonly InTotoSubject[];
  readonly predicateType: string;
  readonly predicate: unknown;
}

/**
 * The Statement for a report: its subjects are the head commit (`gitCommit`) and its tree (`gitTree`),
 * the digest names in-toto's digest-set spec gives git objects, so a verifier can match either a commit
 * or (after a rebase that kept the tree) the tree.
 */
export function reportStatement(report: VerificationReport): InTotoStatement {
  const { signature: _signature, ...predicate } = report;
  return {
    _type: inTotoStatementType,
    subject: [
      { name: `${report.repo}@commit`, digest: { gitCommit: report.head } },
      { name: `${report.repo}@tree`, digest: { gitTree: report.tree } },
    ],
    predicateType: reportPredicateType,
    predicate,
  };
}

/** The Statement's bytes as signed: canonical JSON, so the same report always gives the same payload. */
export function renderStatement(statement: InTotoStatement): string {
  return canonicalJson(statement);
}
