import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import { renderMergeMessage } from '../../core/loop/merge-message.ts';
import { decideMerge } from '../../core/merge/merge-decision.ts';
import { gatherMergeFacts } from './gather-merge-facts.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { hold, landDecided, type LandingOutcome } from './land-decided.ts';
import { landRevertPull, revertBranchCulprit } from './land-revert-pull.ts';
import { gatesCheckName } from './publish-report-check.ts';
import { checkGatesReports, readAppWorkOrder } from './read-landing-inputs.ts';
import { landThroughTrain } from './land-through-train.ts';
import { resolveLandingPolicy } from './resolve-queue-mode.ts';

export type { LandingOutcome } from './land-decided.ts';

export interface LandPullEvent {
  readonly repo: string;
  readonly pullNumber: number;
  /** A person re-ran the PR's `shopfloor/merge` check: a head the merge train evicted may queue again. */
  readonly requeue?: boolean;
}

/** Branches whose pull requests the App lands: agent branches and its revert branches. */
export function isLandableBranch(ref: string): boolean {
  return parseAgentBranch(ref) !== undefined || revertBranchCulprit(ref) !== undefined;
}

/**
 * Lands an agent PR (or a revert PR: `landRevertPull`) or says exactly why not. Policy from the default
 * branch, the work order from the App's own commit, the signed report from the `shopfloor/gates` check run
 * on the current head; then `decideMerge`. The tree that lands is the tree the report proves: without a
 * merge queue the head must already contain main (a head that is behind and lacks nothing else gets main
 * merged in with "Update branch", and its new head is verified and decided on its own); with
 * `merge.queue: github` the queue's commit is verified and checked by `checkMergeGroup`; with the
 * Shopfloor train (`merge.queue: shopfloor`, the default without a GitHub merge queue) the PR joins the
 * train and its staging commit is verified and lands (`landThroughTrain`). Nothing lands on
 * a main the App cannot account for (`accountForMain`). A merge carries the expected head SHA, so a push
 * after the decision makes GitHub refuse (409) instead of merging unverified code. Anything else is
 * ignored without a write. Every write is keyed by head SHA (one `shopfloor/merge` check run per head) and
 * a merged or closed PR is left alone, so redelivered or concurrent events cause at most one merge call.
 */
export async function landPullRequest(deps: GitHubAppDeps, event: LandPullEvent): Promise<LandingOutcome> {
  const { forge } = deps;
  const { repo } = event;
  const pull = await forge.getPullRequestLanding(repo, event.pullNumber);
  const agent = parseAgentBranch(pull.headRef);
  const culprit = revertBranchCulprit(pull.headRef);
  if (!agent && !culprit) return { kind: 'ignored', reason: `${pull.headRef} is not a Shopfloor agent or revert branch` };
  if (pull.merged || pull.state !== 'open') return { kind: 'ignored', reason: pull.merged ? 'already merged' : 'the pull request is closed' };
  if (!agent) return landRevertPull(deps, repo, pull, culprit!);

  const policy = await resolveLandingPolicy(deps, repo);
  if (!policy.ok) return hold(deps, repo, pull, [], [policy.problem]);
  // One compare answers main's head, whether the head contains it, the PR's commits and its files.
  const sinceMain = await forge.compareCommits(repo, await forge.getDefaultBranchName(repo), pull.headSha);
  const workOrder = await readAppWorkOrder(deps, repo, sinceMain.commits.map((commit) => commit.sha), agent.workOrderId);
  if (!workOrder.ok) return hold(deps, repo, pull, [], [workOrder.problem]);
  const gates = checkGatesReports(deps, await forge.listCheckRuns(repo, pull.headSha, gatesCheckName), policy.value, pull.headSha);
  const facts = await gatherMergeFacts(forge, {
    repo, pullNumber: pull.number, ownAppId: deps.settings.appId, workOrder: workOrder.value.workOrder, workOrderHash: workOrder.value.hash, report: gates.report,
    sinceMain, checkContainsMain: policy.mode === 'none',
  });
  const decision = decideMerge(facts, policy.value);
  if (policy.mode === 'shopfloor' && deps.train) {
    return landThroughTrain({ ...deps, train: deps.train }, repo, { ...pull, headSha: facts.headSha }, { decision, policy: policy.value, mainSha: facts.mainSha, problems: gates.problems, workOrder: workOrder.value.workOrder, requeue: event.requeue ?? false });
  }
  const message = renderMergeMessage(`Merge work order ${agent.workOrderId} (#${pull.number})`, { workOrder: agent.workOrderId, reportDigest: decision.action === 'merge' ? decision.reportDigest : '', agentBranch: pull.headRef });
  return landDecided(deps, repo, { ...pull, headSha: facts.headSha }, { decision, policy: policy.value, mainSha: facts.mainSha, problems: gates.problems, message });
}
