import { mergeCheckName, renderHoldCheck, renderMergingCheck, renderRefusedCheck, renderUpdatingCheck, type LandingProblem } from '../../core/github/render-merge-check.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import { renderMergeMessage } from '../../core/loop/merge-message.ts';
import { decideMerge, type HoldReason } from '../../core/merge/merge-decision.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { CheckRunState } from '../../ports/check-run-forge.ts';
import type { PullRequestLanding } from '../../ports/forge.ts';
import { accountForMain } from './account-for-main.ts';
import { gatherMergeFacts } from './gather-merge-facts.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { gatesCheckName } from './publish-report-check.ts';
import { checkGatesReports, readAppWorkOrder, readLandingPolicy } from './read-landing-inputs.ts';

export interface LandPullEvent {
  readonly repo: string;
  readonly pullNumber: number;
}

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
 * Lands an agent PR or says exactly why not. Policy from the default branch, the work order from the
 * App's own commit, the signed report from the `shopfloor/gates` check run on the current head; then
 * `decideMerge`. The tree that lands is the tree the report proves: without a merge queue the head must
 * already contain main (a head that is behind and lacks nothing else gets main merged in with "Update
 * branch", and its new head is verified and decided on its own); with `merge.queue: github` the queue's
 * commit is verified and checked by `checkMergeGroup`. Nothing lands on a main the App cannot account for
 * (`accountForMain`). A merge carries the expected head SHA, so a push after the decision makes GitHub
 * refuse (409) instead of merging unverified code. Anything but an open agent PR is ignored without a
 * write. Every write is keyed by head SHA (one `shopfloor/merge` check run per head) and a merged or
 * closed PR is left alone, so redelivered or concurrent events cause at most one merge call.
 */
export async function landPullRequest(deps: GitHubAppDeps, event: LandPullEvent): Promise<LandingOutcome> {
  const { forge } = deps;
  const { repo } = event;
  const pull = await forge.getPullRequestLanding(repo, event.pullNumber);
  const agent = parseAgentBranch(pull.headRef);
  if (!agent) return { kind: 'ignored', reason: `${pull.headRef} is not a Shopfloor agent branch` };
  if (pull.merged || pull.state !== 'open') return { kind: 'ignored', reason: pull.merged ? 'already merged' : 'the pull request is closed' };

  const policy = await readLandingPolicy(deps, repo);
  if (!policy.ok) return hold(deps, repo, pull, [], [policy.problem]);
  const workOrder = await readAppWorkOrder(deps, repo, pull.number, agent.workOrderId);
  if (!workOrder.ok) return hold(deps, repo, pull, [], [workOrder.problem]);
  const gates = checkGatesReports(deps, await forge.listCheckRuns(repo, pull.headSha, gatesCheckName), policy.value, pull.headSha);
  const queued = policy.value.merge.queue === 'github';
  const facts = await gatherMergeFacts(forge, {
    repo, pullNumber: pull.number, ownAppId: deps.settings.appId, workOrder: workOrder.value.workOrder, workOrderHash: workOrder.value.hash, report: gates.report, checkContainsMain: !queued,
  });
  const current = { ...pull, headSha: facts.headSha };
  const decision = decideMerge(facts, policy.value);
  if (decision.action === 'hold') {
    if (!decision.reasons.every((reason) => reason.code === 'behind-main')) return hold(deps, repo, current, decision.reasons, gates.problems);
    return updateBranch(deps, repo, current, policy.value, facts.mainSha, decision.reasons);
  }
  const main = await accountForMain(deps, repo, policy.value, { name: pull.baseRef || 'main', sha: facts.mainSha });
  if (!main.accounted) return hold(deps, repo, current, [], [main.problem]);

  if (pull.draft) await forge.markPullRequestReady(repo, pull.nodeId);
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderMergingCheck(decision.expectedHeadSha, decision.reportDigest, queued));
  if (queued) {
    const entered = await forge.enqueuePullRequest(repo, pull.nodeId, decision.expectedHeadSha);
    if (entered.enqueued) return { kind: 'enqueued', headSha: decision.expectedHeadSha };
    await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, entered.message, pull.url));
    return { kind: 'refused', headSha: decision.expectedHeadSha, message: entered.message };
  }
  const message = renderMergeMessage(`Merge work order ${agent.workOrderId} (#${pull.number})`, { workOrder: agent.workOrderId, reportDigest: decision.reportDigest, agentBranch: pull.headRef });
  const [title = '', ...rest] = message.split('\n');
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
    const problem = { message: `GitHub would not merge main ${mainSha.slice(0, 7)} into the branch: ${updated.message}`, fix: 'if main conflicts with the branch, merge main into it by hand (or `/shopfloor retry`) and push; the gates then verify the new head' };
    return hold(deps, repo, pull, reasons, [problem]);
  }
  await ensureMergeCheck(deps, repo, pull.headSha, renderUpdatingCheck(pull.headSha, mainSha, pull.url));
  return { kind: 'updating', headSha: pull.headSha, mainSha };
}

async function ensureMergeCheck(deps: GitHubAppDeps, repo: string, headSha: string, state: CheckRunState): Promise<void> {
  await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha, ...state });
}

async function hold(deps: GitHubAppDeps, repo: string, pull: PullRequestLanding, reasons: readonly HoldReason[], problems: readonly LandingProblem[]): Promise<LandingOutcome> {
  await ensureMergeCheck(deps, repo, pull.headSha, renderHoldCheck(pull.headSha, reasons, problems, pull.url));
  return { kind: 'held', headSha: pull.headSha, reasons, problems };
}
