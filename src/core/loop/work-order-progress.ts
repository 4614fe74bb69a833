import type { HoldReason } from '../merge/merge-decision.ts';

/**
 * Where one work order stands in a local run (DESIGN.md "The loop"): the states a user watches. `done`
 * and `reverted` come from git; the others are what this run is doing with it.
 */
export type LoopState = 'waiting' | 'ready' | 'dispatched' | 'implementing' | 'verifying' | 'merging' | 'merged' | 'done' | 'held' | 'failed' | 'reverted' | 'blocked';

/** One gate's outcome as the summary shows it. */
export interface GateMark {
  readonly id: string;
  readonly status: string;
}

/** One work order's progress in this run: what the terminal summary and the JSON output print. */
export interface WorkOrderProgress {
  readonly id: string;
  readonly state: LoopState;
  readonly startedAtMs?: number;
  readonly finishedAtMs?: number;
  readonly branch?: string;
  readonly gates: readonly GateMark[];
  /** What the agent tried outside its scope (refused by the workspace or left out of the commit). */
  readonly refused: readonly string[];
  readonly holds: readonly HoldReason[];
  readonly mergeSha?: string;
  readonly runId?: string;
  readonly detail?: string;
}

/** A progress row for a work order the run has not touched yet. */
export function idleProgress(id: string, state: LoopState): WorkOrderProgress {
  return { id, state, gates: [], refused: [], holds: [] };
}

/** States after which the run leaves the work order alone. */
export const settledStates: readonly LoopState[] = ['merged', 'done', 'held', 'failed', 'reverted', 'blocked'];
