import { pickBatch } from './order-candidates.ts';
import type { TrainAction, TrainCar, TrainCandidate, TrainConfig, TrainEviction, TrainState } from './train-types.ts';

/** The state being reduced within one step; never escapes `stepTrain`. */
export interface Draft {
  main: string;
  queue: TrainCandidate[];
  cars: TrainCar[];
  evictions: TrainEviction[];
  nextCar: number;
  readonly out: TrainAction[];
}

export const draftOf = (state: TrainState): Draft => ({ ...state, queue: [...state.queue], cars: [...state.cars], evictions: [...state.evictions], out: [] });

export const stateOf = (d: Draft): TrainState => ({ version: 1, main: d.main, queue: d.queue, cars: d.cars, evictions: d.evictions, nextCar: d.nextCar });

export const carIndex = (d: Draft, id: number) => d.cars.findIndex((c) => c.id === id);

export const carHolding = (d: Draft, key: string) => d.cars.findIndex((c) => c.members.includes(key));

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

/** `members` cut into `parts` runs as even as possible, larger runs first, order kept. */
function cut(members: readonly string[], parts: number): string[][] {
  const runs: string[][] = [];
  for (let i = 0, from = 0; i < parts; i++) {
    const size = Math.floor((members.length - from) / (parts - i));
    runs.push(members.slice(from, from + size));
    from += size;
  }
  return runs;
}

/**
 * A failed head car is bisected: a lone member is the culprit; a batch is cut into up to `depth` runs
 * (at least two) that become a chain of cars verified at once, so one round narrows the culprit down
 * `depth` ways. The last car of the chain holds the failed tree again, so it is also the retry: if every
 * run passes, the failure was a flake and the whole batch lands.
 */
function resolveHead(d: Draft, config: TrainConfig): void {
  for (let head = d.cars[0]; head?.status === 'failed'; head = d.cars[0]) {
    d.cars = d.cars.slice(1);
    if (head.members.length === 1) {
      const failingGates = head.failure?.failingGates ?? [];
      evict(d, head.members[0]!, 'broke-build', { car: head.id, base: head.base, sha: head.sha, failingGates, attempts: head.attempt, ...(head.failure?.evidence ? { detail: head.failure.evidence } : {}) });
      continue;
    }
    const runs = cut(head.members, Math.max(2, Math.min(head.members.length, config.depth)));
    d.cars = [...runs.map((run) => newCar(d, run, true)), ...d.cars];
  }
}

/**
 * Brings the train forward: resolve a failed head, fill up to `depth` cars, build every car whose base
 * is known, and land the head car when it passed at exactly its sha and its base is main.
 */
export function settle(d: Draft, config: TrainConfig): void {
  resolveHead(d, config);
  if (!d.cars.some((c) => c.status === 'failed')) {
    const inCars = new Set(d.cars.flatMap((c) => c.members));
    const placed = new Set(d.queue.filter((c) => inCars.has(c.key)).map((c) => c.workOrderId));
    let waiting = d.queue.filter((c) => !inCars.has(c.key));
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
      if (batch.length === 0) break;
      for (const c of batch) placed.add(c.workOrderId);
      waiting = waiting.filter((c) => !batch.includes(c));
      d.cars.push(newCar(d, batch.map((c) => c.key)));
    }
  }
  d.cars = d.cars.map((car, i) => {
    const base = i === 0 ? d.main : d.cars[i - 1]!.sha;
    if (car.status !== 'pending' || base === undefined) return car;
    const members = car.members.map((key) => d.queue.find((c) => c.key === key)!).map(({ key, workOrderId, headSha }) => ({ key, workOrderId, headSha }));
    d.out.push({ type: 'build', car: car.id, base, members });
    return { ...car, status: 'building', base };
  });
  const head = d.cars[0];
  if (head?.status === 'passed' && head.sha !== undefined && head.verifiedSha === head.sha && head.base === d.main) {
    d.cars[0] = { ...head, status: 'landing' };
    d.out.push({ type: 'land', car: head.id, sha: head.sha, expectedMain: d.main, members: head.members });
  }
}
