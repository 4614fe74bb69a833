import { pickBatch } from './order-candidates.ts';
import type { TrainAction, TrainCar, TrainCandidate, TrainConfig, TrainEviction, TrainState } from './train-types.ts';

/** The state being reduced within one step; never escapes `stepTrain`. */
export interface Draft {
  main: string;
  queue: TrainCandidate[];
  cars: TrainCar[];
  evictions: TrainEviction[];
  nextCar: number;
  suspects: string[];
  readonly out: TrainAction[];
}

export const draftOf = (state: TrainState): Draft => ({ ...state, queue: [...state.queue], cars: [...state.cars], evictions: [...state.evictions], suspects: [...(state.suspects ?? [])], out: [] });

export function stateOf(d: Draft): TrainState {
  const suspects = d.suspects.filter((key) => d.queue.some((c) => c.key === key));
  return { version: 1, main: d.main, queue: d.queue, cars: d.cars, evictions: d.evictions, nextCar: d.nextCar, ...(suspects.length > 0 ? { suspects } : {}) };
}

export const carIndex = (d: Draft, id: number) => d.cars.findIndex((c) => c.id === id);

export const carHolding = (d: Draft, key: string) => d.cars.findIndex((c) => c.members.includes(key));

/**
 * Whether `car` (behind `failed`) is worth waiting for: already passed, or being verified since no later
 * than `failed` was, so its result comes about as soon. Without the driver's clock, nothing is.
 */
export const startedWith = (car: TrainCar, failed: TrainCar): boolean =>
  car.status === 'passed' || (car.status === 'verifying' && car.startedAt !== undefined && failed.startedAt !== undefined && car.startedAt <= failed.startedAt);

/** Drops cars `index..` (they hold the tree of a car that changed); their members wait again. */
export function cancelFrom(d: Draft, index: number): void {
  for (const car of d.cars.slice(index)) if (car.status !== 'pending') d.out.push({ type: 'cancel', car: car.id, ...(car.sha ? { sha: car.sha } : {}) });
  d.cars = d.cars.slice(0, index);
}

export function newCar(d: Draft, members: readonly string[], split = false): TrainCar {
  return { id: d.nextCar++, members, status: 'pending', attempt: 0, ...(split ? { split: true as const } : {}) };
}

const requeueHint = {
  'broke-build': 'Fix the change (or update it on the new main) and push; its next green report puts it back in the train.',
  conflict: 'Update the branch on the new main and push; its next green report puts it back in the train.',
} as const;

/** Removes `key` from the train for good, with the evidence, and tells the driver. */
export function evict(d: Draft, key: string, reason: TrainEviction['reason'], evidence: TrainEviction['evidence']): void {
  const candidate = d.queue.find((c) => c.key === key);
  if (!candidate) return;
  const eviction: TrainEviction = { key, workOrderId: candidate.workOrderId, headSha: candidate.headSha, reason, evidence, requeue: requeueHint[reason] };
  d.queue = d.queue.filter((c) => c.key !== key);
  d.evictions = [...d.evictions.filter((e) => e.key !== key), eviction];
  d.out.push({ type: 'evict', eviction });
}

/**
 * A failed head car is resolved once no car behind it is still being verified (a pass there proves a
 * tree holding it: see `foldPassed`). A lone member is the culprit and is evicted. A batch is not
 * bisected at the head, where every car behind would wait on it: each member becomes a suspect and rides
 * alone behind the cars of unsuspected candidates, so a culprit holds up nobody and the others land as
 * they pass. At depth 1 there is no room behind: the two halves form a chain, verified one after the other.
 */
function resolveHead(d: Draft, config: TrainConfig): void {
  for (let head = d.cars[0]; head?.status === 'failed'; head = d.cars[0]) {
    if (d.cars.slice(1).some((c) => c.status === 'verifying' && startedWith(c, head))) return;
    cancelFrom(d, 1);
    d.cars = d.cars.slice(1);
    if (head.members.length === 1) {
      const failingGates = head.failure?.failingGates ?? [];
      evict(d, head.members[0]!, 'broke-build', { car: head.id, base: head.base, sha: head.sha, failingGates, attempts: head.attempt, ...(head.failure?.evidence ? { detail: head.failure.evidence } : {}) });
    } else if (config.depth === 1) {
      const half = Math.floor(head.members.length / 2);
      d.cars = [head.members.slice(0, half), head.members.slice(half)].map((run) => newCar(d, run, true));
    } else d.suspects.push(...head.members);
  }
}

/**
 * A car that passed at exactly its sha, with an unbroken chain of bases back to main, proves its whole
 * tree: main plus every member of it and of the cars ahead. The furthest such car lands with all those
 * members, even when a car ahead failed (a flake) or is still being verified; the cars ahead are
 * folded into it (their runs cancelled) and its base becomes main, which its commit descends from.
 */
function foldPassed(d: Draft): void {
  if (d.cars.some((c) => c.status === 'landing')) return;
  let furthest = -1;
  for (let i = 0, base: string | undefined = d.main; i < d.cars.length; base = d.cars[i]!.sha, i++) {
    const car = d.cars[i]!;
    if (car.base !== base || car.sha === undefined) break;
    if (car.status === 'passed' && car.verifiedSha === car.sha) furthest = i;
  }
  if (furthest < 0) return;
  const ahead = d.cars.slice(0, furthest);
  const car = d.cars[furthest]!;
  for (const c of ahead) if (c.status === 'verifying') d.out.push({ type: 'cancel', car: c.id, ...(c.sha ? { sha: c.sha } : {}) });
  const members = [...ahead.flatMap((c) => c.members), ...car.members];
  d.cars = [{ ...car, members, base: d.main, status: 'landing' }, ...d.cars.slice(furthest + 1)];
  d.out.push({ type: 'land', car: car.id, sha: car.sha!, expectedMain: d.main, members });
}

/**
 * Brings the train forward: resolve a failed head, fill up to `depth` cars, build every car whose base
 * is known, and land the head car when it passed at exactly its sha and its base is main.
 */
export function settle(d: Draft, config: TrainConfig): void {
  foldPassed(d);
  resolveHead(d, config);
  if (!d.cars.some((c) => c.status === 'failed')) {
    const inCars = new Set(d.cars.flatMap((c) => c.members));
    const placed = new Set(d.queue.filter((c) => inCars.has(c.key)).map((c) => c.workOrderId));
    const suspect = new Set(d.suspects);
    let waiting = d.queue.filter((c) => !inCars.has(c.key) && !suspect.has(c.key));
    // The last car takes late arrivals until it is built, so candidates arriving one by one still batch.
    const last = d.cars.at(-1);
    if (last?.status === 'pending' && !last.split && last.members.length < config.batch) {
      const more = pickBatch(waiting, placed, config.batch - last.members.length);
      for (const c of more) placed.add(c.workOrderId);
      waiting = waiting.filter((c) => !more.includes(c));
      d.cars[d.cars.length - 1] = { ...last, members: [...last.members, ...more.map((c) => c.key)] };
    }
    while (d.cars.length < config.depth) {
      const batch = pickBatch(waiting, placed, config.batch);
      if (batch.length > 0) {
        for (const c of batch) placed.add(c.workOrderId);
        waiting = waiting.filter((c) => !batch.includes(c));
        d.cars.push(newCar(d, batch.map((c) => c.key)));
        continue;
      }
      // Suspects ride alone behind everyone else (and before anything that depends on them).
      const [next] = pickBatch(d.queue.filter((c) => suspect.has(c.key) && !inCars.has(c.key) && !placed.has(c.workOrderId)), placed, 1);
      if (!next) break;
      placed.add(next.workOrderId);
      d.cars.push(newCar(d, [next.key], true));
    }
  }
  d.cars = d.cars.map((car, i) => {
    const base = i === 0 ? d.main : d.cars[i - 1]!.sha;
    // Never more than `depth` cars verified at once: a split at depth 1 leaves its second half pending.
    if (car.status !== 'pending' || base === undefined || i >= config.depth) return car;
    const members = car.members.map((key) => d.queue.find((c) => c.key === key)!).map(({ key, workOrderId, headSha }) => ({ key, workOrderId, headSha }));
    d.out.push({ type: 'build', car: car.id, base, members });
    return { ...car, status: 'building', base };
  });
  foldPassed(d);
}
