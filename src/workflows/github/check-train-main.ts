import { mergeCheckName, type LandingProblem } from '../../core/github/render-merge-check.ts';
import { renderStoppedCheck } from '../../core/github/render-train-check.ts';
import { renderTrainComment, trainCommentKey } from '../../core/github/render-train-comment.ts';
import type { TrainState } from '../../core/train/train-types.ts';
import { pullOfKey, type TrainDeps } from './apply-train-action.ts';

/**
 * Whether main is at `live` for a reason the train does not know: neither the main it planned on nor
 * the staging commit of a car it is landing. Such a main (a direct push, a PR merged by hand) must be
 * accounted for before any staging verification is trusted or anything lands on it.
 */
export function movedOutsideTrain(state: TrainState | undefined, live: string): boolean {
  if (!state || state.main === live) return false;
  return !state.cars.some((car) => car.status === 'landing' && car.sha === live);
}

/** Every queued PR's `shopfloor/merge` check and train comment say the train stopped, why, and what fixes it. */
export async function showTrainStopped(deps: TrainDeps, repo: string, main: string, state: TrainState, problem: LandingProblem): Promise<void> {
  for (const candidate of state.queue) {
    const number = pullOfKey(candidate.key);
    if (!Number.isSafeInteger(number)) continue;
    await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: candidate.headSha, ...renderStoppedCheck(candidate.headSha, problem, `https://github.com/${repo}/pull/${number}`) });
    await deps.forge.ensureComment({ repo, issueNumber: number }, trainCommentKey(number), renderTrainComment({ kind: 'stopped', headSha: candidate.headSha, main, problem: problem.message, fix: problem.fix }));
  }
}
