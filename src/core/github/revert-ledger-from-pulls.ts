import { readTrailers, revertedCommitOf } from '../revert/read-commit-message.ts';
import type { RevertLedger } from '../revert/revert-facts.ts';
import { parseMergeTrailers } from '../loop/merge-message.ts';

const dayMs = 86_400_000;
const revertBranchPrefix = 'shopfloor/revert/';

/** A pull request as the ledger reads it. */
export interface LedgerPull {
  readonly headRef: string;
  readonly state: 'open' | 'closed';
  readonly createdAt: string;
  readonly mergedAt?: string;
}

/**
 * The revert quotas from GitHub alone: revert PRs (`shopfloor/revert/*` heads) opened in the last 24 h,
 * those still open (in flight), those merged in the last 24 h, and, as `failedInARow`, how many Shopfloor
 * reverts already landed since last-known-good while the canary is still red (they did not restore green).
 * `ownBranch` (this culprit's revert) never counts against itself, so a repeated red finds its own PR.
 */
export function revertLedgerFromPulls(input: { readonly pulls: readonly LedgerPull[]; readonly nowMs: number; readonly ownBranch: string; readonly suspectMessages: readonly string[] }): RevertLedger {
  const reverts = input.pulls.filter((pull) => pull.headRef.startsWith(revertBranchPrefix) && pull.headRef !== input.ownBranch);
  const recent = (at: string | undefined) => at !== undefined && input.nowMs - Date.parse(at) < dayMs;
  return {
    createdToday: reverts.filter((pull) => recent(pull.createdAt)).length,
    autoMergedToday: reverts.filter((pull) => recent(pull.mergedAt)).length,
    inFlight: reverts.filter((pull) => pull.state === 'open').map((pull) => pull.headRef),
    failedInARow: input.suspectMessages.filter(isShopfloorRevert).length,
  };
}

/** A merge that landed a Shopfloor revert: the `Reverts:` trailer of its merge message, or git's revert line. */
export function isShopfloorRevert(message: string): boolean {
  return revertedBy(message) !== undefined;
}

/** The commit a message reverts: a `Reverts:` trailer (Shopfloor's revert merges) or git's "This reverts commit". */
export function revertedBy(message: string): string | undefined {
  return parseMergeTrailers(message).reverts ?? readTrailers(splitMessage(message).body).get('shopfloor-revert')?.[0] ?? revertedCommitOf(splitMessage(message));
}

/** Subject and body of a commit message. */
export function splitMessage(message: string): { readonly subject: string; readonly body: string } {
  const [subject = '', ...rest] = message.split('\n');
  return { subject, body: rest.join('\n').replace(/^\n+/, '') };
}
