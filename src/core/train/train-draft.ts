import { carLineage } from './car-tree.ts';
import type { TrainAction, TrainCar, TrainCandidate, TrainEviction, TrainFinding, TrainState } from './train-types.ts';

/** The state being reduced within one step; never escapes `stepTrain`. */
export interface Draft {
  main: string;
  queue: TrainCandidate[];
  cars: TrainCar[];
  evictions: TrainEviction[];
  nextCar: number;
  findings: TrainFinding[];
  cleared: string[];
  planned: string[];
  readonly out: TrainAction[];
}

export const draftOf = (state: TrainState): Draft => ({
  main: state.main,
  queue: [...state.queue],
  cars: [...state.cars],
  evictions: [...state.evictions],
  nextCar: state.nextCar,
  findings: [...(state.findings ?? [])],
  cleared: [...(state.cleared ?? [])],
  planned: [...(state.planned ?? [])],
  out: [],
});

export function stateOf(d: Draft): TrainState {
  const queued = new Set(d.queue.map((c) => c.key));
  const findings = d.findings.filter((f) => f.keys.some((k) => queued.has(k)));
  const cleared = d.cleared.filter((k) => queued.has(k));
  const planned = d.planned.filter((k) => queued.has(k));
  return {
    version: 1, main: d.main, queue: d.queue, cars: d.cars, evictions: d.evictions, nextCar: d.nextCar,
    ...(findings.length > 0 ? { findings } : {}), ...(cleared.length > 0 ? { cleared } : {}), ...(planned.length > 0 ? { planned } : {}),
  };
}

export const carIndex = (d: Draft, id: number) => d.cars.findIndex((c) => c.id === id);

export const inFlight = (car: TrainCar) => car.status === 'pending' || car.status === 'building' || car.status === 'verifying';

/** Every member of `car`'s tree that is not on main, in merge order. */
export const treeOf = (d: Draft, car: TrainCar): string[] => carLineage(d.cars, car).flatMap((c) => c.members);

/** Whether `car` is built on `ancestor`, however far down. */
export const ridesOn = (d: Draft, car: TrainCar, ancestor: number): boolean => carLineage(d.cars, car).slice(0, -1).some((c) => c.id === ancestor);

/** Drops `ids` from the train: their runs are cancelled and their members wait again. */
export function dropCars(d: Draft, ids: ReadonlySet<number>): void {
  for (const car of d.cars) if (ids.has(car.id) && car.status !== 'pending') d.out.push({ type: 'cancel', car: car.id, ...(car.sha ? { sha: car.sha } : {}) });
  d.cars = d.cars.filter((car) => !ids.has(car.id));
}

/** `car` and every car built on it. */
export const withRiders = (d: Draft, id: number): Set<number> => new Set(d.cars.filter((c) => c.id === id || ridesOn(d, c, id)).map((c) => c.id));

/** Keeps what a finished car showed: a failure as a finding against its tree, a pass as proof of it. */
export function retire(d: Draft, car: TrainCar): void {
  const keys = treeOf(d, car);
  if (car.status === 'failed' && car.failure) {
    d.findings.push({
      car: car.id, keys, ...(car.base ? { base: car.base } : {}), ...(car.sha ? { sha: car.sha } : {}),
      failingGates: car.failure.failingGates, flaky: car.failure.flaky, ...(car.failure.evidence ? { evidence: car.failure.evidence } : {}),
    });
    d.cleared = d.cleared.filter((k) => !keys.includes(k));
  } else if (car.status === 'passed' && car.verifiedSha === car.sha) d.cleared = [...new Set([...d.cleared, ...keys])];
}

/** Forgets the evidence about `key`: its code changed, it left, or it was found to be the culprit. */
export const forget = (d: Draft, key: string) => {
  d.findings = d.findings.filter((f) => !f.keys.includes(key));
  d.cleared = d.cleared.filter((k) => k !== key);
};

export function newCar(d: Draft, members: readonly string[], parent?: number): TrainCar {
  return { id: d.nextCar++, members, status: 'pending', attempt: 0, ...(parent !== undefined ? { parent } : {}) };
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
  // The culprit explains its findings, but they still count against its batch-mates when planning:
  // a tree that held one culprit holds a second (a pair's partner) more often than the prior says.
  if (reason === 'broke-build') {
    d.findings = d.findings.map((f) => (f.keys.includes(key) ? { ...f, keys: f.keys.filter((k) => k !== key), explainedBy: key } : f)).filter((f) => f.keys.length > 0);
    d.cleared = d.cleared.filter((k) => k !== key);
  } else forget(d, key);
  d.out.push({ type: 'evict', eviction });
}

