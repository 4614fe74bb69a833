import type { ReportAgentSpend } from '../report/report-schema.ts';
/** What Shopfloor recorded about one agent attempt (a git note on its commit). */
export interface AttemptRecord {
  readonly workOrderHash: string;
  /** 1, 2, ...: the newest attempt is the one that counts. */
  readonly attempt: number;
  readonly runId: string;
  /** The attempt this one replaced (its branch). */
  readonly supersedes?: string;
  /** Paths the agent changed outside its scope, left out of the commit. */
  readonly refused?: readonly string[];
  /** Where the refused part is kept (artifact store path). */
  readonly refusedPatch?: string;
  /** Set when the loop held it; cleared by a recorded decision. */
  readonly held?: { readonly runId: string; readonly at: string; readonly reasons: readonly string[]; readonly approvals: number; /** The hold codes of `reasons` (e.g. `gate-failed`), in the same order; absent in older notes. */ readonly codes?: readonly string[]; /** The policy the hold was decided under (sha256 of its text); absent in older notes. */ readonly policyDigest?: string };
  /** A user accepted dropping the refused part. */
  readonly dropAccepted?: { readonly by: string; readonly at: string };
  /** What the agent spent on this attempt; absent in older notes. */
  readonly spend?: ReportAgentSpend;
}

/** An agent branch that is not merged yet, with its record (none for branches made before records). */
export interface AttemptFact {
  readonly branch: string;
  readonly sha: string;
  readonly record?: AttemptRecord;
  /** Approvals recorded for this exact commit now. */
  readonly approvals: number;
}

export type AttemptChoice =
  | { readonly kind: 'new'; readonly why: 'first' | 'edited' | 'retry'; readonly number: number; readonly previous?: AttemptFact }
  | { readonly kind: 'reuse'; readonly why: 'resumed' | 'drop-accepted' | 'approved' | 'policy-changed'; readonly attempt: AttemptFact }
  | { readonly kind: 'held'; readonly attempt: AttemptFact };

/**
 * Which agent attempt a run works with. The newest attempt made from the work order as it is now (same
 * content hash) is reused: a killed run's work is never redone. An edited work order gets a fresh
 * attempt, and so does an explicit retry. An attempt that was held stays held until something that can
 * release it happened: a user accepted dropping its refused part, approved its commit since, or changed
 * the policy it was held under (an allowed dependency, a gate fixed): then the same commit is verified
 * again, with no new agent attempt.
 */
export function chooseAttempt(attempts: readonly AttemptFact[], input: { readonly workOrderHash: string; readonly retry: boolean; readonly acceptDrop: boolean; readonly policyDigest?: string }): AttemptChoice {
  const newestFirst = [...attempts].sort((a, b) => (b.record?.attempt ?? 0) - (a.record?.attempt ?? 0));
  const number = (newestFirst[0]?.record?.attempt ?? newestFirst.length) + 1;
  // A branch without a record predates records: it is taken to match, as before.
  const current = newestFirst.find((a) => !a.record || a.record.workOrderHash === input.workOrderHash);
  if (input.retry) return { kind: 'new', why: 'retry', number, ...(current ?? newestFirst[0] ? { previous: (current ?? newestFirst[0])! } : {}) };
  if (!current) return newestFirst[0] ? { kind: 'new', why: 'edited', number, previous: newestFirst[0] } : { kind: 'new', why: 'first', number };
  const held = current.record?.held;
  if (!held) return { kind: 'reuse', why: input.acceptDrop && current.record?.refused?.length ? 'drop-accepted' : 'resumed', attempt: current };
  if (input.acceptDrop && current.record?.refused?.length) return { kind: 'reuse', why: 'drop-accepted', attempt: current };
  if (current.approvals > held.approvals) return { kind: 'reuse', why: 'approved', attempt: current };
  if (held.policyDigest !== undefined && input.policyDigest !== undefined && held.policyDigest !== input.policyDigest) return { kind: 'reuse', why: 'policy-changed', attempt: current };
  return { kind: 'held', attempt: current };
}
