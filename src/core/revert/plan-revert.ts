import { formatDuration, parseDuration } from '../duration.ts';
import type { RevertPolicy } from '../policy/revert-schema.ts';
import { isRevertMessage } from './read-commit-message.ts';
import type { RevertFacts } from './revert-facts.ts';

export const revertSkipCodes = ['disabled', 'recovered', 'is-revert', 'already-reverted', 'frozen', 'in-flight', 'quota', 'opted-out', 'too-old', 'dependents', 'conflicts'] as const;
export type RevertSkipCode = (typeof revertSkipCodes)[number];

export interface RevertReason {
  readonly code: RevertSkipCode;
  readonly message: string;
}

/**
 * What to do about a blamed merge. `revert`: create it (`mainline` 1 for a merge) on `branch`;
 * `skip`: notify only, with every reason that applies, most decisive first; `ask-human`: auto-revert is
 * frozen because earlier reverts did not restore green.
 */
export type RevertPlan =
  | { readonly action: 'revert'; readonly sha: string; readonly mainline: 1 | undefined; readonly branch: string; readonly notes: readonly string[] }
  | { readonly action: 'skip' | 'ask-human'; readonly sha: string; readonly reasons: readonly RevertReason[] };

/** The branch a revert of `sha` is created on; stable, so a second attempt finds the first. */
export function revertBranchName(sha: string): string {
  return `shopfloor/revert/${sha.slice(0, 12)}`;
}

/**
 * The revert policy as pure decisions, in the order production revert bots check them (Findit v2,
 * LUCI Bisection): recovered, a revert, already reverted, frozen, in flight, quota, opt-out, age,
 * dependents, conflicts. All applicable reasons are returned so a human sees the full picture.
 */
export function planRevert(facts: RevertFacts, policy: RevertPolicy): RevertPlan {
  const { culprit, ledger } = facts;
  const short = culprit.sha.slice(0, 12);
  const reasons: RevertReason[] = [];
  const add = (code: RevertSkipCode, message: string) => reasons.push({ code, message });
  if (!policy.enabled) add('disabled', 'auto-revert is disabled in the repo policy (revert.enabled: false); revert by hand if needed');
  if (facts.recoveredAt) add('recovered', `main already recovered: the canary was GREEN at ${facts.recoveredAt.slice(0, 12)}, after ${short}; nothing to undo`);
  if (isRevertMessage(culprit) || culprit.revertsCommit) add('is-revert', `${short} is itself a revert; reverting a revert re-lands a change and needs a human`);
  if (facts.revertedBy) add('already-reverted', `${short} was already reverted by ${facts.revertedBy.slice(0, 12)}`);
  if (ledger.failedInARow >= policy.freezeAfter) add('frozen', `auto-revert is frozen: ${ledger.failedInARow} revert(s) in a row did not restore green (revert.freezeAfter: ${policy.freezeAfter}); a human must look at main`);
  if (ledger.inFlight.length > 0) add('in-flight', `another revert is in flight (${ledger.inFlight.join(', ')}); only one at a time, so each can be judged by the canary`);
  if (ledger.createdToday >= policy.maxPerDay) add('quota', `the daily quota of reverts is spent (${ledger.createdToday} of revert.maxPerDay ${policy.maxPerDay} in the last 24h)`);
  if (facts.labels.includes(policy.optOutLabel)) add('opted-out', `${short} is labeled "${policy.optOutLabel}"; its authors asked not to be reverted automatically`);
  const ageMs = facts.nowMs - culprit.committedAtMs;
  const maxAgeMs = parseDuration(policy.maxAge) ?? Number.POSITIVE_INFINITY;
  if (ageMs > maxAgeMs) add('too-old', `${short} landed ${formatDuration(ageMs)} ago, beyond revert.maxAge ${policy.maxAge}; later work likely builds on it`);
  const touched = new Set(culprit.files);
  const dependents = facts.laterMerges.filter((m) => m.files.some((f) => touched.has(f)));
  if (dependents.length > 0) {
    const list = dependents.map((m) => `${m.sha.slice(0, 12)} (${m.files.filter((f) => touched.has(f)).slice(0, 3).join(', ')})`).join('; ');
    add('dependents', `later merges touch the same files and may depend on ${short}: ${list}`);
  }
  if (facts.applies && !facts.applies.ok) add('conflicts', `the revert does not apply cleanly on main (conflicts in ${facts.applies.conflicts.join(', ') || 'the index'}); conflicts are never auto-resolved`);
  if (reasons.length > 0) return { action: reasons.some((r) => r.code === 'frozen') ? 'ask-human' : 'skip', sha: culprit.sha, reasons };
  return {
    action: 'revert',
    sha: culprit.sha,
    mainline: culprit.parents.length > 1 ? 1 : undefined,
    branch: revertBranchName(culprit.sha),
    notes: [`${ledger.createdToday + 1} of ${policy.maxPerDay} reverts today`, `culprit age ${formatDuration(Math.max(0, ageMs))}`],
  };
}

