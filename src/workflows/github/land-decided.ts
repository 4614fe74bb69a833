import { mergeCheckName, renderHoldCheck, renderMergingCheck, renderRefusedCheck, renderUpdatingCheck, type LandingProblem } from '../../core/github/render-merge-check.ts';
import type { HoldReason, MergeDecision } from '../../core/merge/merge-decision.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { CheckRunState } from '../../ports/check-run-forge.ts';
import type { PullRequestLanding } from '../../ports/forge.ts';
import { accountForMain } from './account-for-main.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';

/**
 * What one landing decision did. `head-moved` is GitHub's 409: the next event for the new head decides
 * again. `updating`: the head was behind main, so main was merged into the branch; the new head's
 * report decides.
 */
export type LandingOutcome =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'held'; readonly headSha: string; readonly reasons: readonly HoldReason[]; readonly problems: readonly LandingProblem[] }
  | { readonly kind: 'updating'; readonly headSha: string; readonly mainSha: string }
  | { readonly kind: 'merged'; readonly headSha: string; readonly sha: string }
  | { readonly kind: 'enqueued'; readonly headSha: string }
  | { readonly kind: 'head-moved'; readonly headSha: string; readonly message: string }
  | { readonly kind: 'refused'; readonly headSha: string; readonly message: string };

/**
 * Applies a landing decision to a PR (agent or revert): a hold whose only reason is `behind-main` brings
 * main into the branch; any other hold is written on the `shopfloor/merge` check; a merge first makes
 * sure main is accounted for, then marks the draft ready, passes the check and merges (or enqueues) at
 * the decided head SHA.
 */
export async function landDecided(deps: GitHubAppDeps, repo: string, pull: PullRequestLanding, input: {
  readonly decision: MergeDecision; readonly policy: Policy; readonly mainSha: string; readonly problems: readonly LandingProblem[]; readonly message: string;
}): Promise<LandingOutcome> {
  const { forge } = deps;
  const { decision, policy } = input;
  if (decision.action === 'hold') {
    if (!decision.reasons.every((reason) => reason.code === 'behind-main')) return hold(deps, repo, pull, decision.reasons, input.problems);
    return updateBranch(deps, repo, pull, policy, input.mainSha, decision.reasons);
  }
  const main = await accountForMain(deps, repo, policy, { name: pull.baseRef || 'main', sha: input.mainSha });
  if (!main.accounted) return hold(deps, repo, pull, [], [main.problem]);

  const queued = policy.merge.queue === 'github';
  if (pull.draft) await forge.markPullRequestReady(repo, pull.nodeId);
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderMergingCheck(decision.expectedHeadSha, decision.reportDigest, queued));
  if (queued) {
    const entered = await forge.enqueuePullRequest(repo, pull.nodeId, decision.expectedHeadSha);
    if (entered.enqueued) return { kind: 'enqueued', headSha: decision.expectedHeadSha };
    await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, entered.message, pull.url));
    return { kind: 'refused', headSha: decision.expectedHeadSha, message: entered.message };
  }
  const [title = '', ...rest] = input.message.split('\n');
  const merged = await forge.mergePullRequest(repo, pull.number, { sha: decision.expectedHeadSha, method: decision.method, title, message: rest.join('\n').trim() });
  if (merged.merged) return { kind: 'merged', headSha: decision.expectedHeadSha, sha: merged.sha };
  if (merged.reason === 'head-moved') {
    deps.log?.(`#${pull.number}: ${merged.message}; the next event for the new head decides again`);
    return { kind: 'head-moved', headSha: decision.expectedHeadSha, message: merged.message };
  }
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, merged.message, pull.url));
  return { kind: 'refused', headSha: decision.expectedHeadSha, message: merged.message };
}

/**
 * The head is verified and lacks nothing but main: merge main into the branch (only while the head is
 * still this one), so the next report proves the tree that would land. Costs one verification per move of
 * main; an unaccountable main is not brought in, and a conflict is a hold a human resolves.
 */
async function updateBranch(deps: GitHubAppDeps, repo: string, pull: PullRequestLanding, policy: Policy, mainSha: string, reasons: readonly HoldReason[]): Promise<LandingOutcome> {
  const main = await accountForMain(deps, repo, policy, { name: pull.baseRef || 'main', sha: mainSha });
  if (!main.accounted) return hold(deps, repo, pull, reasons, [main.problem]);
  const updated = await deps.forge.updatePullRequestBranch(repo, pull.number, pull.headSha);
  if (!updated.updated) {
    const problem = { message: `GitHub would not merge main ${mainSha.slice(0, 7)} into the branch: ${updated.message}`, fix: 'if main conflicts with the branch, merge main into it by hand and push; the gates then verify the new head' };
    return hold(deps, repo, pull, reasons, [problem]);
  }
  await ensureMergeCheck(deps, repo, pull.headSha, renderUpdatingCheck(pull.headSha, mainSha, pull.url));
  return { kind: 'updating', headSha: pull.headSha, mainSha };
}

async function ensureMergeCheck(deps: GitHubAppDeps, repo: string, headSha: string, state: CheckRunState): Promise<void> {
  await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha, ...state });
}

/** The `shopfloor/merge` check on the head lists every problem and hold reason. */
export async function hold(deps: GitHubAppDeps, repo: string, pull: PullRequestLanding, reasons: readonly HoldReason[], problems: readonly LandingProblem[]): Promise<LandingOutcome> {
  await ensureMergeCheck(deps, repo, pull.headSha, renderHoldCheck(pull.headSha, reasons, problems, pull.url));
  return { kind: 'held', headSha: pull.headSha, reasons, problems };
}
