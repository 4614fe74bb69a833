import { decodeEffectClaim, effectClaimRef, encodeEffectClaim, isEffectKey, planTakeOver, type EffectClaim } from '../../core/github/effect-claim.ts';
import type { StoredRunCommit } from '../../ports/run-state-store.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';

/**
 * `held`: this handling alone makes the effect; `fresh` when it created the claim (so nothing of the
 * effect can exist yet and no lookup is needed), else it took over a released or expired claim and must
 * look for what the earlier holder made. `release` gives the claim back after a failed effect.
 * `busy`: another handling holds it (`by`).
 */
export type ClaimedEffect =
  | { readonly held: true; readonly fresh: boolean; readonly release: () => Promise<void> }
  | { readonly held: false; readonly by: string };

/** Races a claim may lose in a row before this handling leaves the effect to the winner. */
const maxTries = 5;

/**
 * Claims one effect by compare-and-swap on `refs/shopfloor/claims/<key>` (see `EffectClaim`). A new
 * claim costs a commit and a ref creation (and a one-file tree unless `tree` names a tree the repository
 * has, such as the commit the effect is about); a claim found costs a ref and a commit read.
 */
export async function claimEffect(deps: Pick<GitHubAppDeps, 'runs' | 'handler' | 'now' | 'onConflict'>, repo: string, key: string, tree?: string): Promise<ClaimedEffect> {
  if (!isEffectKey(key)) throw new Error(`claim key "${key}" is not a ref path of lower-case words`);
  const ref = effectClaimRef(key);
  const mine: EffectClaim = { key, by: deps.handler, at: deps.now(), step: 'held' };
  const holding = (commit: StoredRunCommit, fresh: boolean): ClaimedEffect => ({
    held: true, fresh,
    release: async () => {
      await deps.runs.advanceRunRef(repo, ref, encodeEffectClaim({ ...mine, at: deps.now(), step: 'released' }), commit).catch(() => undefined);
    },
  });
  const created = await deps.runs.advanceRunRef(repo, ref, encodeEffectClaim(mine), undefined, tree);
  if (created.ok) return holding(created.commit, true);
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    deps.onConflict?.(key);
    const current = await deps.runs.readRunRef(repo, ref);
    if (!current) return { held: false, by: 'a holder that removed the claim ref' };
    const found = decodeEffectClaim(current.message);
    if (found?.by === deps.handler && found.step === 'held') return holding(current, false);
    if (planTakeOver(found, Date.parse(mine.at)) === 'busy') return { held: false, by: found?.by ?? `an unreadable commit ${current.sha.slice(0, 12)} on ${ref}` };
    const taken = await deps.runs.advanceRunRef(repo, ref, encodeEffectClaim(mine), current);
    if (taken.ok) return holding(taken.commit, false);
  }
  return { held: false, by: `other handlings (${ref} moved ${maxTries} times)` };
}

/** Runs `effect` under the claim; a failed effect releases the claim (so a later trigger retries it) and rethrows. */
export async function underClaim<T>(claim: Extract<ClaimedEffect, { held: true }>, effect: () => Promise<T>): Promise<T> {
  try {
    return await effect();
  } catch (error) {
    await claim.release();
    throw error;
  }
}
