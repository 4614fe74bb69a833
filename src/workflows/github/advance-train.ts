import { renderQueuedCheck, type TrainPosition } from '../../core/github/render-train-check.ts';
import { mergeCheckName } from '../../core/github/render-merge-check.ts';
import { renderTrainComment, trainCommentKey } from '../../core/github/render-train-comment.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { resolveTrainConfig } from '../../core/train/resolve-train-config.ts';
import { startTrain, stepTrain } from '../../core/train/step-train.ts';
import type { TrainAction, TrainEvent, TrainState } from '../../core/train/train-types.ts';
import { accountForMain } from './account-for-main.ts';
import { applyTrainAction, pullOfKey, type TrainDeps } from './apply-train-action.ts';
import { movedOutsideTrain, showTrainStopped } from './check-train-main.ts';
import { stagingBranch } from './build-staging-commit.ts';
import { readStagingVerification } from './read-staging-verification.ts';
import { readTrainState, updateTrainState } from './update-train-state.ts';

export type TrainOutcome = { readonly ok: true; readonly state: TrainState | undefined; readonly actions: readonly TrainAction[] } | { readonly ok: false; readonly reason: string };

/** Rounds of event → write → actions → events one delivery may run (a whole train lands in a few). */
const maxRounds = 40;

/**
 * Feeds `events` to the train planner and carries out what it decides, until nothing is left: each round
 * is one compare-and-swap write of the train state (planned again on a newer state when a replica won
 * the race) followed by the actions that write returned, whose results are the next round's events
 * (a build answers `built`, a land `landed`). Only the writer of a state carries out its actions, so a
 * car is built, verified and landed once however many replicas hear the events. Members whose place
 * changed get their `shopfloor/merge` check and train comment updated.
 */
export async function advanceTrain(deps: TrainDeps, repo: string, policy: Policy, events: readonly TrainEvent[]): Promise<TrainOutcome> {
  const main = await deps.forge.getDefaultBranch(repo);
  const config = resolveTrainConfig(policy.merge);
  const done: TrainAction[] = [];
  let pending = [...events];
  let state: TrainState | undefined;
  let resumed = false;
  // Where main is as far as this handling knows: read once, then moved by its own lands (or a lost race).
  let live = main.sha;
  let accounted: string | undefined;
  for (let round = 0; round < maxRounds; round++) {
    if (pending.length === 0) {
      // Once this handling's own events are through: finish what a handling that died mid-way left (once).
      if (resumed) break;
      resumed = true;
      pending = await resumeTrain(deps, repo, main.name, policy);
      if (pending.length === 0) break;
    }
    const batch = pending;
    let before: TrainState | undefined;
    let outside = undefined as TrainState | undefined;
    const update = await updateTrainState(deps, repo, main.name, (current) => {
      before = current;
      // Main moved outside the train: plan nothing (trust no verification, land nothing) until it is accounted for.
      if (live !== accounted && movedOutsideTrain(current, live)) {
        outside = current;
        return undefined;
      }
      let next = current ?? startTrain(main.sha);
      const actions: TrainAction[] = [];
      for (const event of batch) {
        const step = stepTrain(next, withoutQueued(next, event), config);
        next = step.state;
        actions.push(...step.actions);
      }
      return { state: next, actions };
    });
    if (!update.ok) return update;
    if (outside) {
      const account = await accountForMain(deps, repo, policy, { name: main.name, sha: live });
      if (!account.accounted) {
        await showTrainStopped(deps, repo, main.name, outside, account.problem);
        return { ok: false, reason: account.problem.message };
      }
      deps.log?.(`the train on ${main.name} rebuilds on ${live.slice(0, 7)}, which moved outside the train: ${account.detail}`);
      accounted = live;
      pending = [{ type: 'main-moved', sha: live }, ...batch];
      continue;
    }
    state = update.state;
    pending = [];
    // Cars built in one round start verifying together: a failed one waits for the others' results.
    const at = Date.parse(deps.now());
    for (const action of update.actions) {
      done.push(action);
      const answers = await applyWithRetries(deps, repo, main.name, policy, state!, action);
      for (const event of answers) if (event.type === 'landed' || event.type === 'land-failed') live = event.type === 'landed' ? event.sha : event.main;
      pending.push(...answers.map((event) => (event.type === 'built' ? { ...event, at } : event)));
    }
    if (state) await showPositions(deps, repo, state, touchedKeys(batch, update.actions, state));
    // Cars the planner dropped (a failed batch replaced by its halves, a car rebuilt): their staging branches go too.
    if (state && before && update.actions.length > 0) {
      const kept = new Set(state.cars.map((car) => car.id));
      for (const car of before.cars) if (!kept.has(car.id) && car.sha && car.sha !== state.main) await deps.train.deleteBranch(repo, stagingBranch(car.id));
    }
  }
  if (pending.length > 0) deps.log?.(`the train on ${main.name} still had ${pending.length} events after ${maxRounds} rounds; the next event continues it`);
  return { ok: true, state, actions: done };
}

/** Every action is safe to repeat (builds publish one branch, a land finds main already moved), so a failure is tried again. */
async function applyWithRetries(deps: TrainDeps, repo: string, main: string, policy: Policy, state: TrainState, action: TrainAction): Promise<TrainEvent[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyTrainAction(deps, repo, main, policy, state, action);
    } catch (error) {
      if (attempt >= 3) {
        deps.log?.(`train car ${'car' in action ? action.car : '?'}: ${action.type} failed 3 times (${String((error as Error)?.message ?? error).slice(0, 200)}); the next event about the train resumes it`);
        return [];
      }
    }
  }
}

/**
 * What a handling that died mid-way left undone, picked up at the end of every handling (the same
 * delivery's other copy, or the next event): a car left `landing` is
 * landed again (a fast-forward to where main already is counts as done), a car still `building` whose
 * staging branch is published is built, and a car still `verifying`
 * whose signed report is already there (its check-run delivery was lost) is fed as verified.
 */
async function resumeTrain(deps: TrainDeps, repo: string, main: string, policy: Policy): Promise<TrainEvent[]> {
  const state = await readTrainState(deps, repo, main);
  const events: TrainEvent[] = [];
  for (const car of state?.cars ?? []) {
    if (car.status === 'landing' && car.sha && car.base && car === state!.cars[0]) {
      events.push(...(await applyWithRetries(deps, repo, main, policy, state!, { type: 'land', car: car.id, sha: car.sha, expectedMain: car.base, members: car.members })));
    }
    // A build publishes its branch only once finished, and car numbers are never reused: the branch is the built car.
    if (car.status === 'building' && !car.sha) {
      const sha = await deps.forge.getRef(repo, `heads/${stagingBranch(car.id)}`);
      if (sha) events.push({ type: 'built', car: car.id, sha });
    }
    if (car.status === 'verifying' && car.sha) {
      const verified = await readStagingVerification(deps, repo, policy, car.sha, { attempt: car.attempt });
      if (verified) events.push({ type: 'verified', car: car.id, sha: verified.sha, outcome: verified.outcome, failingGates: verified.failingGates, evidence: verified.evidence });
    }
  }
  return events;
}

/**
 * An enqueue of a head that is already queued is dropped: replicas hearing the same PR each stamp
 * their own enqueue time, and the planner would treat the second as an update and rebuild its car.
 */
function withoutQueued(state: TrainState, event: TrainEvent): TrainEvent {
  if (event.type !== 'enqueue') return event;
  return { ...event, candidates: event.candidates.filter((c) => !state.queue.some((q) => q.key === c.key && q.headSha === c.headSha)) };
}

/** Members whose place an event or action changed: the candidates enqueued, and every member of a car built or verified. */
function touchedKeys(events: readonly TrainEvent[], actions: readonly TrainAction[], state: TrainState): Set<string> {
  const keys = new Set<string>();
  for (const event of events) if (event.type === 'enqueue') event.candidates.forEach((c) => keys.add(c.key));
  // After a stop for main moving outside the train, every queued PR's check says where it stands again.
  if (events.some((event) => event.type === 'main-moved')) state.queue.forEach((c) => keys.add(c.key));
  for (const action of actions) {
    if (action.type === 'build') action.members.forEach((m) => keys.add(m.key));
    if (action.type === 'verify') state.cars.find((car) => car.id === action.car)?.members.forEach((key) => keys.add(key));
  }
  return keys;
}

/** Where a queued key stands: cars first (in order), then the waiting candidates in queue order. */
export function positionOf(state: TrainState, key: string): TrainPosition | undefined {
  const inCars = [...new Set(state.cars.flatMap((car) => car.members))];
  const waiting = state.queue.map((c) => c.key).filter((k) => !inCars.includes(k));
  const order = [...inCars, ...waiting];
  const index = order.indexOf(key);
  if (index < 0) return undefined;
  const car = state.cars.find((c) => c.members.includes(key));
  return { position: index + 1, queued: order.length, ...(car ? { car: { id: car.id, members: car.members.map(pullOfKey), branch: stagingBranch(car.id), ...(car.sha ? { sha: car.sha } : {}) } } : {}) };
}

async function showPositions(deps: TrainDeps, repo: string, state: TrainState, keys: ReadonlySet<string>): Promise<void> {
  for (const key of keys) {
    const candidate = state.queue.find((c) => c.key === key);
    const at = positionOf(state, key);
    if (!candidate || !at) continue;
    const number = pullOfKey(key);
    await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: candidate.headSha, ...renderQueuedCheck(candidate.headSha, at, `https://github.com/${repo}/pull/${number}`) });
    await deps.forge.ensureComment({ repo, issueNumber: number }, trainCommentKey(number), renderTrainComment({
      kind: 'queued', headSha: candidate.headSha, position: at.position, queued: at.queued,
      ...(at.car ? { car: at.car.id, batch: at.car.members, ...(at.car.sha ? { stagingSha: at.car.sha } : {}) } : {}),
    }));
  }
}
