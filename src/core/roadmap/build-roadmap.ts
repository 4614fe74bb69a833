import { findCycles } from '../graph/find-cycles.ts';
import { priorities, type WorkOrder } from '../workorder/work-order-schema.ts';
import { groupScopeConflicts, type ScopeConflictGroup } from './scope-conflict-groups.ts';

/**
 * Where a work order stands in the roadmap: `done` (merged), `reverted` (merged, then reverted on
 * main), `closed` (ended without landing), `running`, `held` (its attempt waits for a decision),
 * `ready` (every dependency done), `waiting` (dependencies still open) or `blocked` (a dependency is
 * closed, reverted, unknown, or part of a cycle: it can never become ready as things stand).
 */
export type RoadmapState = 'done' | 'reverted' | 'closed' | 'running' | 'held' | 'ready' | 'waiting' | 'blocked';

export interface RoadmapEntry {
  readonly id: string;
  readonly title: string;
  readonly kind: WorkOrder['kind'];
  readonly priority: WorkOrder['priority'];
  readonly dependencies: readonly string[];
  readonly state: RoadmapState;
  /** 1-based topological wave among open work orders; 0 for done, reverted or closed ones, undefined when blocked by a cycle. */
  readonly wave: number | undefined;
  /** Why it is waiting or blocked: the dependencies it waits on. */
  readonly waitingOn: readonly string[];
}

export interface Roadmap {
  readonly entries: readonly RoadmapEntry[];
  readonly waves: readonly (readonly string[])[];
  readonly ready: readonly string[];
  /** A conflict-free batch of ready work orders to start now, highest priority first. */
  readonly parallel: readonly string[];
  /** Scope conflicts grouped by shared scope (linear in size, however many work orders share one). */
  readonly conflicts: readonly ScopeConflictGroup[];
  readonly cycles: readonly (readonly string[])[];
}

export interface RoadmapFacts {
  /** Work orders known to be merged (from git or the forge), beyond their `status` field. */
  readonly doneIds?: ReadonlySet<string>;
  readonly runningIds?: ReadonlySet<string>;
  /** Merged, then reverted on main (and not merged again since). */
  readonly revertedIds?: ReadonlySet<string>;
  /** Held attempts nobody released yet: never started again as they are. */
  readonly heldIds?: ReadonlySet<string>;
  readonly caseInsensitive?: boolean;
}

const priorityRank = (priority: WorkOrder['priority']) => priorities.indexOf(priority);

/** Computes the roadmap index from all work orders: dependency waves, readiness, parallel batch, conflicts. */
export function buildRoadmap(workOrders: readonly WorkOrder[], facts: RoadmapFacts = {}): Roadmap {
  const byId = new Map(workOrders.map((wo) => [wo.id, wo]));
  const ids = [...byId.keys()];
  const depsOf = (id: string) => byId.get(id)?.dependencies ?? [];
  const cycles = findCycles(ids, depsOf);
  const inCycle = new Set(cycles.flat());

  const baseState = (wo: WorkOrder): RoadmapState | undefined => {
    if (facts.doneIds?.has(wo.id) || wo.status === 'merged' || wo.status === 'done') return 'done';
    if (facts.revertedIds?.has(wo.id) || wo.status === 'reverted') return 'reverted';
    if (wo.status) return 'closed';
    return undefined;
  };
  const states = new Map<string, RoadmapState>();
  const waves = new Map<string, number | undefined>();
  const order = topologicalOrder(ids, depsOf, inCycle);
  for (const id of order) {
    const wo = byId.get(id)!;
    const fixed = baseState(wo);
    if (fixed) {
      states.set(id, fixed);
      waves.set(id, 0);
      continue;
    }
    const deps = wo.dependencies ?? [];
    const stuck = inCycle.has(id) || deps.some((d) => !byId.has(d) || inCycle.has(d) || states.get(d) === 'closed' || states.get(d) === 'reverted' || states.get(d) === 'blocked');
    const open = deps.filter((d) => states.get(d) !== 'done');
    const wave = stuck ? undefined : 1 + Math.max(0, ...open.map((d) => waves.get(d) ?? 0));
    waves.set(id, wave);
    states.set(id, stuck ? 'blocked' : facts.runningIds?.has(id) ? 'running' : facts.heldIds?.has(id) ? 'held' : open.length === 0 ? 'ready' : 'waiting');
  }

  const entries = workOrders
    .map((wo): RoadmapEntry => {
      const state = states.get(wo.id)!;
      const waitingOn = (wo.dependencies ?? []).filter((d) => states.get(d) !== 'done');
      return { id: wo.id, title: wo.title, kind: wo.kind, priority: wo.priority, dependencies: wo.dependencies ?? [], state, wave: waves.get(wo.id), waitingOn };
    })
    .sort((a, b) => (a.wave ?? Infinity) - (b.wave ?? Infinity) || priorityRank(a.priority) - priorityRank(b.priority) || a.id.localeCompare(b.id));

  const open = entries.filter((e) => e.state === 'ready' || e.state === 'waiting' || e.state === 'running');
  const related = dependencyRelation(open.map((e) => e.id), depsOf);
  const conflicts = groupScopeConflicts(
    open.map((e) => ({ id: e.id, globs: byId.get(e.id)!.scope.paths })),
    { caseInsensitive: facts.caseInsensitive ?? false, related },
  );
  const waveList: string[][] = [];
  for (const entry of entries) if (entry.wave && entry.wave > 0) (waveList[entry.wave - 1] ??= []).push(entry.id);
  const ready = entries.filter((e) => e.state === 'ready').map((e) => e.id);
  const running = entries.filter((e) => e.state === 'running').map((e) => e.id);
  return { entries, waves: waveList.filter(Boolean), ready, parallel: pickParallel(ready, running, conflicts), conflicts, cycles };
}

/** Dependencies first; cycle members last (they never get a wave). Iterative, so long chains are fine. */
function topologicalOrder(ids: readonly string[], depsOf: (id: string) => readonly string[], inCycle: ReadonlySet<string>): string[] {
  const known = new Set(ids);
  const order: string[] = [];
  const placed = new Set<string>();
  for (const start of ids) {
    if (placed.has(start) || inCycle.has(start)) continue;
    const stack: { id: string; expanded: boolean }[] = [{ id: start, expanded: false }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      if (placed.has(frame.id)) continue;
      if (frame.expanded) {
        placed.add(frame.id);
        order.push(frame.id);
        continue;
      }
      stack.push({ id: frame.id, expanded: true });
      for (const dep of depsOf(frame.id)) if (known.has(dep) && !placed.has(dep) && !inCycle.has(dep)) stack.push({ id: dep, expanded: false });
    }
  }
  return [...order, ...ids.filter((id) => inCycle.has(id))];
}

/** Whether one of two open work orders (transitively) depends on the other, via ancestor bitsets. */
function dependencyRelation(ids: readonly string[], depsOf: (id: string) => readonly string[]): (a: string, b: string) => boolean {
  const index = new Map(ids.map((id, i) => [id, i]));
  const words = Math.ceil(ids.length / 32);
  const ancestors = new Map<number, Uint32Array>();
  // Post-order walk that memoizes every node it finishes, so each node's set is built once.
  const ancestorsOf = (start: number): Uint32Array => {
    const stack: { node: number; expanded: boolean }[] = [{ node: start, expanded: false }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      if (ancestors.has(frame.node)) continue;
      const deps = depsOf(ids[frame.node]!).map((dep) => index.get(dep)).filter((d): d is number => d !== undefined);
      if (!frame.expanded) {
        stack.push({ node: frame.node, expanded: true });
        for (const d of deps) if (!ancestors.has(d)) stack.push({ node: d, expanded: false });
        continue;
      }
      const bits = new Uint32Array(words);
      for (const d of deps) {
        bits[d >> 5]! |= 1 << (d & 31);
        const inherited = ancestors.get(d);
        if (inherited) for (let w = 0; w < words; w++) bits[w]! |= inherited[w]!;
      }
      ancestors.set(frame.node, bits);
    }
    return ancestors.get(start)!;
  };
  const has = (bits: Uint32Array, i: number) => (bits[i >> 5]! & (1 << (i & 31))) !== 0;
  return (a, b) => {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined) return false;
    return has(ancestorsOf(ia), ib) || has(ancestorsOf(ib), ia);
  };
}

/**
 * The conflict-free batch: each ready work order in order, unless a group puts it against one already
 * taken (running or picked). Ready work orders never depend on a running or ready one, so no pair here
 * is ordered by a dependency.
 */
function pickParallel(ready: readonly string[], running: readonly string[], conflicts: readonly ScopeConflictGroup[]): string[] {
  const memberships = new Map<string, { group: number; side: 'a' | 'b' | 'same' }[]>();
  const join = (id: string, group: number, side: 'a' | 'b' | 'same') => (memberships.get(id) ?? memberships.set(id, []).get(id)!).push({ group, side });
  conflicts.forEach((c, group) => {
    if (c.same) for (const id of c.a) join(id, group, 'same');
    else {
      for (const id of c.a) join(id, group, 'a');
      for (const id of c.b) join(id, group, 'b');
    }
  });
  const takenA = new Uint32Array(conflicts.length);
  const takenB = new Uint32Array(conflicts.length);
  const take = (id: string) => {
    for (const { group, side } of memberships.get(id) ?? []) {
      if (side !== 'b') takenA[group]! += 1;
      if (side === 'b') takenB[group]! += 1;
    }
  };
  const clashes = (id: string) => (memberships.get(id) ?? []).some(({ group, side }) => (side === 'same' ? takenA[group]! > 0 : side === 'a' ? takenB[group]! > 0 : takenA[group]! > 0));
  for (const id of running) take(id);
  const picked: string[] = [];
  for (const id of ready) {
    if (clashes(id)) continue;
    take(id);
    picked.push(id);
  }
  return picked;
}
