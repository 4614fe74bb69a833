import { advanceTrain, type TrainOutcome } from './advance-train.ts';
import type { TrainDeps } from './apply-train-action.ts';
import { resolveLandingPolicy } from './resolve-queue-mode.ts';
import { readStagingVerification } from './read-staging-verification.ts';
import { readTrainState } from './update-train-state.ts';

/** `shopfloor/train/<n>`: the car number, or undefined for any other branch. */
export function parseStagingBranch(branch: string): number | undefined {
  const match = /^shopfloor\/train\/([1-9]\d{0,8})$/.exec(branch);
  return match ? Number(match[1]) : undefined;
}

export type StagingVerifiedOutcome = { readonly kind: 'ignored'; readonly reason: string } | { readonly kind: 'advanced'; readonly train: TrainOutcome };

/**
 * The gates of a staging commit completed: its signed report (judged against the default branch's
 * signers, proving exactly that commit) becomes the planner's `verified` event, and whatever the
 * planner decides next (land, retry, bisect, evict) is carried out. A check run without a trusted
 * report for that commit changes nothing.
 */
export async function onStagingVerified(deps: TrainDeps, event: { readonly repo: string; readonly branch: string; readonly sha: string; readonly checkRunId: number }): Promise<StagingVerifiedOutcome> {
  const car = parseStagingBranch(event.branch);
  if (car === undefined) return { kind: 'ignored', reason: `${event.branch} is not a merge-train staging branch` };
  const policy = await resolveLandingPolicy(deps, event.repo);
  if (!policy.ok) return { kind: 'ignored', reason: policy.problem.message };
  if (policy.mode !== 'shopfloor') return { kind: 'ignored', reason: `merge.queue resolves to ${policy.mode}, not the Shopfloor train` };
  const riding = (await readTrainState(deps, event.repo, (await deps.forge.getDefaultBranch(event.repo)).name))?.cars.find((c) => c.id === car);
  const verified = await readStagingVerification(deps, event.repo, policy.value, event.sha, { checkRunId: event.checkRunId, attempt: riding?.attempt ?? 1 });
  if (!verified) return { kind: 'ignored', reason: `check run ${event.checkRunId} carries no trusted report for ${event.sha.slice(0, 7)}` };
  const { outcome, failingGates, evidence, sha } = verified;
  return { kind: 'advanced', train: await advanceTrain(deps, event.repo, policy.value, [{ type: 'verified', car, sha, outcome, failingGates, evidence }]) };
}
