import { decodeRunState, encodeRunState, runStateRef, type RunState } from '../../core/github/run-state.ts';
import type { RunStateStore, StoredRunCommit } from '../../ports/run-state-store.ts';

/** A run's state as read from its ref, with the commit it came from (the compare-and-swap token). */
export interface LoadedRunState {
  readonly state: RunState;
  readonly commit: StoredRunCommit;
}

export type ReadRunState = { readonly ok: true; readonly value: LoadedRunState | undefined } | { readonly ok: false; readonly reason: string };

/** What the state update needs: the ref store, and a counter of lost races for figures and logs. */
export interface RunStateDeps {
  readonly runs: RunStateStore;
  readonly onConflict?: (runId: string) => void;
  /** Names this handling in each commit it writes, so no two writers ever make the same commit. */
  readonly handler?: string;
}

/** Races a write may lose in a row before the update gives up (each loss means another writer progressed). */
const maxTries = 25;

/** The run's state, undefined when the run has none yet; an unreadable state is an error naming why. */
export async function readRunState(deps: RunStateDeps, repo: string, runId: string, known?: LoadedRunState): Promise<ReadRunState> {
  const commit = await deps.runs.readRunRef(repo, runStateRef(runId), known?.commit);
  if (!commit) return { ok: true, value: undefined };
  if (known && commit === known.commit) return { ok: true, value: known };
  const decoded = decodeRunState(commit.message);
  if (!decoded.ok) return { ok: false, reason: `${runStateRef(runId)} at ${commit.sha.slice(0, 12)}: ${decoded.error}` };
  if (decoded.state.document.runId !== runId) return { ok: false, reason: `${runStateRef(runId)} holds run "${decoded.state.document.runId}"` };
  return { ok: true, value: { state: decoded.state, commit } };
}

export type UpdatedRunState = { readonly ok: true; readonly value: LoadedRunState | undefined; readonly written: boolean } | { readonly ok: false; readonly reason: string };

/**
 * Read-plan-write with compare-and-swap: `plan` gets the state as it is now and returns the next state,
 * or undefined to write nothing. A write that lost the race (someone else moved the ref) is planned
 * again on the newer state, so `plan` must be idempotent: asked again after its own write landed, it
 * returns undefined. Every written state raises the document's revision, so revisions never go down.
 * `known` is the state just read or written (no read first); `'absent'` plans the first write on no state
 * at all and creates the ref (one read fewer for a new run; if the ref exists, that write loses and the
 * update reads and plans again). `beforeWrite` runs after each plan and before its write (a view rendered
 * ahead of the state it shows); a lost race plans and calls it again. `tree`: the tree of the run's first
 * commit when this update creates the ref (any tree the repository has, such as main's: one write fewer).
 */
export async function updateRunState(
  deps: RunStateDeps, repo: string, runId: string, plan: (current: LoadedRunState | undefined) => RunState | undefined, known?: LoadedRunState | 'absent',
  beforeWrite?: (next: RunState, current: LoadedRunState | undefined) => Promise<void>, tree?: string,
): Promise<UpdatedRunState> {
  let current = known === 'absent' ? undefined : known;
  let fresh = known === undefined;
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    if (fresh) {
      const read = await readRunState(deps, repo, runId);
      if (!read.ok) return read;
      current = read.value;
    }
    fresh = true;
    const next = plan(current);
    if (!next) return { ok: true, value: current, written: false };
    const before = current?.state.document.revision ?? -1;
    if (next.document.revision <= before) throw new Error(`run ${runId}: a run state write must raise the revision (from ${before}, got ${next.document.revision})`);
    await beforeWrite?.(next, current);
    const write = await deps.runs.advanceRunRef(repo, runStateRef(runId), encodeRunState(next, deps.handler), current?.commit, tree);
    if (write.ok) return { ok: true, value: { state: next, commit: write.commit }, written: true };
    deps.onConflict?.(runId);
  }
  return { ok: false, reason: `${runStateRef(runId)} kept moving: ${maxTries} writes in a row lost the race; try again` };
}
