import { advanceTrain, type TrainOutcome } from './advance-train.ts';
import type { TrainDeps } from './apply-train-action.ts';
import { resolveLandingPolicy } from './resolve-queue-mode.ts';
import { readTrainState } from './update-train-state.ts';

/** The optional scheduled workflow whose completed runs sweep the train (a timer GitHub keeps, one per repository). */
export const sweepWorkflow = 'shopfloor-sweep.yml';

export type SweepOutcome = { readonly kind: 'ignored'; readonly reason: string } | { readonly kind: 'swept'; readonly train: TrainOutcome };

/**
 * Re-evaluates a repository's merge train from what GitHub shows now, for when the event that should
 * have moved it was lost (a dropped webhook, a replica that died mid-handling): a car whose signed report
 * is there is fed as verified, a car left building or landing is finished, and a main that moved is
 * checked (accounted for, the train rebuilds on it; otherwise it stays stopped). Every step is the
 * planner's, under the train ref's compare-and-swap, so sweeping twice, or on every replica at once,
 * does each thing once. Costs one ref read when there is no train.
 */
export async function sweepTrain(deps: TrainDeps, repo: string): Promise<SweepOutcome> {
  const main = await deps.forge.getDefaultBranch(repo);
  const state = await readTrainState(deps, repo, main.name);
  if (!state || (state.queue.length === 0 && state.cars.length === 0)) return { kind: 'ignored', reason: `no merge train is running on ${main.name}` };
  const policy = await resolveLandingPolicy(deps, repo);
  if (!policy.ok) return { kind: 'ignored', reason: policy.problem.message };
  if (policy.mode !== 'shopfloor') return { kind: 'ignored', reason: `merge.queue resolves to ${policy.mode}, not the Shopfloor train` };
  // `main-moved` to where main is: a no-op when nothing moved, the train's own landing when a car landed,
  // and otherwise checked by advanceTrain before anything is planned on it.
  return { kind: 'swept', train: await advanceTrain(deps, repo, policy.value, [{ type: 'main-moved', sha: main.sha }]) };
}
