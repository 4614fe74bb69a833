import type { LandingProblem } from '../../core/github/render-merge-check.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { resolveMergeQueue, type MergeQueueMode } from '../../core/train/resolve-train-config.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { readLandingPolicy } from './read-landing-inputs.ts';

export type ResolvedLandingPolicy =
  | { readonly ok: true; readonly value: Policy; readonly mode: MergeQueueMode }
  | { readonly ok: false; readonly problem: LandingProblem };

/**
 * The default branch's policy with `merge.queue` resolved: what the policy says, or, when it says
 * nothing, GitHub's merge queue if a ruleset requires one on the default branch (the rules that apply
 * to the branch list a `merge_queue` rule; one call) and Shopfloor's train otherwise. An App without
 * the train's git writes merges each PR alone.
 */
export async function resolveLandingPolicy(deps: GitHubAppDeps, repo: string): Promise<ResolvedLandingPolicy> {
  const read = await readLandingPolicy(deps, repo);
  if (!read.ok) return read;
  const policy = read.value;
  let mode: MergeQueueMode;
  if (policy.merge.queue !== undefined) mode = policy.merge.queue;
  else if (!deps.train) mode = 'none';
  else mode = resolveMergeQueue(policy.merge, await deps.train.hasGitHubMergeQueue(repo, (await deps.forge.getDefaultBranch(repo)).name));
  if (mode === 'shopfloor' && !deps.train) mode = 'none';
  return { ok: true, mode, value: { ...policy, merge: { ...policy.merge, queue: mode } } };
}
