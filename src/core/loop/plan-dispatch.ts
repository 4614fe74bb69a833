import { buildRoadmap, type RoadmapState } from '../roadmap/build-roadmap.ts';
import type { WorkOrder } from '../workorder/work-order-schema.ts';
import type { LoopState } from './work-order-progress.ts';

const loopStateOf = { done: 'done', reverted: 'reverted', closed: 'blocked', blocked: 'blocked', held: 'held', waiting: 'waiting', ready: 'ready', running: 'dispatched' } as const satisfies Record<RoadmapState, LoopState>;

/** What git and this run know when the coordinator picks the next work orders. */
export interface DispatchFacts {
  /** Merged into main by `Work-Order:` trailer and not reverted since. */
  readonly merged: ReadonlySet<string>;
  /** Merged, then reverted on main: never redone as they are (their bug work order carries the fix). */
  readonly reverted: ReadonlySet<string>;
  /** Held in an earlier run and not released since: left alone, never dispatched again as they are. */
  readonly held: ReadonlySet<string>;
  /** Being worked on now. */
  readonly running: ReadonlySet<string>;
  /** Settled earlier in this run (held, failed): not retried until the next run. */
  readonly settled: ReadonlySet<string>;
  /** How many may run at once. */
  readonly parallel: number;
}

export interface DispatchPlan {
  /** Start these now: ready, no scope overlap with each other or a running one, highest priority first. */
  readonly dispatch: readonly string[];
  readonly states: ReadonlyMap<string, LoopState>;
  /** Why each waiting or blocked work order is not ready. */
  readonly waitingOn: ReadonlyMap<string, readonly string[]>;
}

/**
 * Picks what to dispatch from the roadmap (the same one `shopfloor roadmap` shows): a merged work order
 * is done; a reverted one stays reverted (what depends on it is blocked); a held one waits for a
 * decision and is never dispatched again as it is; one settled earlier in this run is left out; free
 * slots take the roadmap's conflict-free `parallel` batch.
 */
export function planDispatch(workOrders: readonly WorkOrder[], facts: DispatchFacts): DispatchPlan {
  const open = workOrders.filter((wo) => facts.merged.has(wo.id) || !facts.settled.has(wo.id));
  const revertedIds = new Set([...facts.reverted].filter((id) => !facts.merged.has(id)));
  const roadmap = buildRoadmap(open, { doneIds: facts.merged, runningIds: facts.running, revertedIds, heldIds: facts.held });
  const slots = Math.max(0, facts.parallel - facts.running.size);
  const states = new Map<string, LoopState>();
  const waitingOn = new Map<string, readonly string[]>();
  for (const wo of workOrders) if (facts.reverted.has(wo.id) && !facts.merged.has(wo.id)) states.set(wo.id, 'reverted');
  for (const entry of roadmap.entries) {
    if (entry.waitingOn.length > 0) waitingOn.set(entry.id, entry.waitingOn);
    states.set(entry.id, loopStateOf[entry.state]);
  }
  return { dispatch: roadmap.parallel.slice(0, slots), states, waitingOn };
}
