import { decodeTrainRecord, encodeTrainRecord, trainStateRef } from '../../core/github/train-record.ts';
import type { TrainAction, TrainState } from '../../core/train/train-types.ts';
import type { RunStateStore } from '../../ports/run-state-store.ts';

export interface TrainStateDeps {
  readonly runs: RunStateStore;
  /** Names this handling (unique across replicas and redeliveries); it signs each state it writes. */
  readonly handler: string;
  readonly onConflict?: (what: string) => void;
}

/** What one planning pass decided: the next state and the actions its writer must now carry out. */
export interface TrainPlan {
  readonly state: TrainState;
  readonly actions: readonly TrainAction[];
}

export type TrainUpdate =
  | { readonly ok: true; readonly state: TrainState | undefined; readonly actions: readonly TrainAction[] }
  | { readonly ok: false; readonly reason: string };

const maxTries = 25;

/**
 * Read-plan-write of the train with compare-and-swap on `refs/shopfloor/train/<branch>`, as the run
 * states do it: `plan` gets the train as it is (undefined before the first write) and returns the next
 * state with its actions, or undefined to write nothing. A lost race is planned again on the newer
 * state, and only the writer whose state landed gets the actions, so two replicas never both build,
 * verify or land the same car.
 */
export async function updateTrainState(deps: TrainStateDeps, repo: string, branch: string, plan: (current: TrainState | undefined) => TrainPlan | undefined): Promise<TrainUpdate> {
  const ref = trainStateRef(branch);
  let attempted: { readonly message: string; readonly plan: TrainPlan } | undefined;
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    const commit = await deps.runs.readRunRef(repo, ref);
    // Our own write, whose answer was lost (the retried fast-forward then looked like a lost race): its actions are ours.
    if (attempted && commit?.message === attempted.message) return { ok: true, state: attempted.plan.state, actions: attempted.plan.actions };
    let current: TrainState | undefined;
    if (commit) {
      const decoded = decodeTrainRecord(commit.message);
      if (!decoded.ok) return { ok: false, reason: `${ref} at ${commit.sha.slice(0, 12)}: ${decoded.error}` };
      current = decoded.state;
    }
    const next = plan(current);
    if (!next || (current && JSON.stringify(next.state) === JSON.stringify(current))) return { ok: true, state: current, actions: [] };
    const message = encodeTrainRecord(next.state, `${deps.handler}#${attempt}`);
    attempted = { message, plan: next };
    const write = await deps.runs.advanceRunRef(repo, ref, message, commit);
    if (write.ok) return { ok: true, state: next.state, actions: next.actions };
    deps.onConflict?.(ref);
  }
  return { ok: false, reason: `${ref} kept moving: ${maxTries} writes in a row lost the race; try again` };
}

/** The train as it is now, without writing (for positions in checks and comments). */
export async function readTrainState(deps: TrainStateDeps, repo: string, branch: string): Promise<TrainState | undefined> {
  const commit = await deps.runs.readRunRef(repo, trainStateRef(branch));
  if (!commit) return undefined;
  const decoded = decodeTrainRecord(commit.message);
  return decoded.ok ? decoded.state : undefined;
}
