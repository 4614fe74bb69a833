import type { LandingProblem } from '../../core/github/render-merge-check.ts';
import type { HoldReason, MergeDecision } from '../../core/merge/merge-decision.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { DequeueReason, TrainCandidate } from '../../core/train/train-types.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { PullRequestLanding } from '../../ports/forge.ts';
import { accountForMain } from './account-for-main.ts';
import { advanceTrain } from './advance-train.ts';
import { pullKey, type TrainDeps } from './apply-train-action.ts';
import { hold, type LandingOutcome } from './land-decided.ts';
import { resolveLandingPolicy } from './resolve-queue-mode.ts';
import { readTrainState } from './update-train-state.ts';

export interface TrainLandingInput {
  readonly decision: MergeDecision;
  readonly policy: Policy;
  readonly mainSha: string;
  readonly problems: readonly LandingProblem[];
  readonly workOrder: WorkOrder;
  /** A person asked to queue this head again ("Re-run" on its `shopfloor/merge` check) after the train evicted it. */
  readonly requeue: boolean;
}

/** Why a held PR leaves the train, in the planner's words. */
function dequeueReason(reasons: readonly HoldReason[]): DequeueReason {
  if (reasons.some((reason) => reason.code === 'held')) return 'hold';
  if (reasons.some((reason) => reason.code === 'approval-missing')) return 'approval-voided';
  return 'pushed';
}

/**
 * Landing with `merge.queue: shopfloor`: a PR the merge decision approves joins the train (at its
 * decided head; the train's staging commit, not this head, is what gets verified and lands), and a PR
 * the decision holds (pushed to, approval voided, `/shopfloor hold`) leaves it, which re-plans the cars
 * behind it. A PR the train evicted stays out at that head until a person re-runs its check or pushes.
 */
export async function landThroughTrain(deps: TrainDeps, repo: string, pull: PullRequestLanding, input: TrainLandingInput): Promise<LandingOutcome> {
  const key = pullKey(pull.number);
  const main = pull.baseRef || 'main';
  const train = await readTrainState(deps, repo, main);
  const { decision } = input;
  if (decision.action === 'hold') {
    if (train?.queue.some((c) => c.key === key)) {
      const left = await advanceTrain(deps, repo, input.policy, [{ type: 'dequeue', key, reason: dequeueReason(decision.reasons) }]);
      if (!left.ok) deps.log?.(`#${pull.number} could not leave the train: ${left.reason}`);
    }
    return hold(deps, repo, pull, decision.reasons, input.problems);
  }
  const queued = train?.queue.find((c) => c.key === key);
  if (queued?.headSha === decision.expectedHeadSha) {
    // "Re-run" on a queued PR's check (e.g. after a stop for main moving outside the train): look at the train again.
    if (input.requeue) await advanceTrain(deps, repo, input.policy, [{ type: 'main-moved', sha: input.mainSha }]);
    return { kind: 'enqueued', headSha: decision.expectedHeadSha };
  }
  if (!input.requeue && train?.evictions.some((e) => e.key === key && e.headSha === decision.expectedHeadSha)) {
    return { kind: 'ignored', reason: `#${pull.number} was evicted from the merge train at ${decision.expectedHeadSha.slice(0, 7)}; push a fix, or choose "Re-run" on its shopfloor/merge check to queue the same head again` };
  }
  const accounted = await accountForMain(deps, repo, input.policy, { name: main, sha: input.mainSha });
  if (!accounted.accounted) return hold(deps, repo, pull, [], [accounted.problem]);
  if (pull.draft) await deps.forge.markPullRequestReady(repo, pull.nodeId);
  const candidate: TrainCandidate = {
    key, workOrderId: input.workOrder.id, priority: input.workOrder.priority, headSha: decision.expectedHeadSha,
    dependsOn: await dependenciesNotOnMain(deps, repo, input.workOrder), enqueuedAt: Date.parse(deps.now()),
  };
  const entered = await advanceTrain(deps, repo, input.policy, [{ type: 'enqueue', candidates: [candidate] }]);
  if (!entered.ok) return hold(deps, repo, pull, [], [{ message: `the merge train's state could not be written: ${entered.reason}`, fix: 'choose "Re-run" on this check; Shopfloor queues it again' }]);
  return { kind: 'enqueued', headSha: decision.expectedHeadSha };
}

/** Work orders this one depends on whose file is not on the default branch yet (their PRs have not landed). */
async function dependenciesNotOnMain(deps: TrainDeps, repo: string, workOrder: WorkOrder): Promise<string[]> {
  const missing: string[] = [];
  for (const id of workOrder.dependencies ?? []) {
    if (!(await deps.forge.readDefaultBranchFile(repo, `${deps.settings.workOrderDir}/${id}.yml`))) missing.push(id);
  }
  return missing;
}

/**
 * A queued PR that was closed without the train (a person rejected it) leaves the train at once, so its
 * head is never built into a staging commit again. Costs the train read when the PR is not queued.
 */
export async function leaveTrain(deps: TrainDeps, repo: string, pullNumber: number, reason: DequeueReason): Promise<{ readonly left: boolean }> {
  const policy = await resolveLandingPolicy(deps, repo);
  if (!policy.ok || policy.mode !== 'shopfloor') return { left: false };
  const main = (await deps.forge.getDefaultBranch(repo)).name;
  const key = pullKey(pullNumber);
  if (!(await readTrainState(deps, repo, main))?.queue.some((c) => c.key === key)) return { left: false };
  const left = await advanceTrain(deps, repo, policy.value, [{ type: 'dequeue', key, reason }]);
  return { left: left.ok };
}
