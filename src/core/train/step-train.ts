import { cancelFrom, startedWith, carHolding, carIndex, draftOf, evict, settle, stateOf, type Draft } from './train-draft.ts';
import type { TrainCandidate, TrainConfig, TrainEvent, TrainState, TrainStep } from './train-types.ts';

/** An empty train on `main`. */
export function startTrain(main: string): TrainState {
  return { version: 1, main, queue: [], cars: [], evictions: [], nextCar: 1 };
}

const landing = (d: Draft, key: string) => d.cars.some((c) => c.status === 'landing' && c.members.includes(key));

/** Takes `key` out of the queue; the car holding it and every car behind it are rebuilt without it. */
function remove(d: Draft, key: string): void {
  const index = carHolding(d, key);
  if (index >= 0) cancelFrom(d, index);
  d.queue = d.queue.filter((c) => c.key !== key);
}

function enqueue(d: Draft, candidate: TrainCandidate): void {
  const known = d.queue.find((c) => c.key === candidate.key);
  // A redelivered enqueue (same head, priority and dependencies; any clock) changes nothing.
  if (known && known.headSha === candidate.headSha && known.priority === candidate.priority && known.dependsOn.join() === candidate.dependsOn.join()) return;
  if (landing(d, candidate.key)) return;
  remove(d, candidate.key);
  d.evictions = d.evictions.filter((e) => e.key !== candidate.key);
  d.queue.push(candidate);
  // A critical change goes ahead of everything not already proven: re-plan from the first unproven car.
  if (candidate.priority === 'critical') {
    const first = d.cars.findIndex((c) => c.status !== 'landing' && c.status !== 'passed');
    if (first >= 0) cancelFrom(d, first);
  }
}

function verified(d: Draft, event: Extract<TrainEvent, { type: 'verified' }>, config: TrainConfig): void {
  const index = carIndex(d, event.car);
  const car = d.cars[index];
  if (!car || car.status !== 'verifying' || car.sha !== event.sha) return; // late or stale result
  if (event.outcome === 'pass') {
    d.cars[index] = { ...car, status: 'passed', verifiedSha: event.sha };
    return;
  }
  const flaky = event.outcome === 'flaky-fail';
  // A lone member is re-verified before it is evicted, unless it rides alone because its batch failed
  // (two failures already). A batch needs no retry of its own: its members are verified again alone.
  // Behind a failed car its tree holds that failure: a retry cannot tell more.
  const behindFailure = d.cars.slice(0, index).some((c) => c.status === 'failed');
  if ((flaky || config.retryEveryFailure) && car.members.length === 1 && !car.split && car.attempt <= config.flakyRetries && !behindFailure) {
    // The retry starts now, not with the cars around it: nobody waits for it (see `startedWith`).
    const { startedAt: _startedAt, ...rest } = car;
    d.cars[index] = { ...rest, attempt: car.attempt + 1 };
    d.out.push({ type: 'verify', car: car.id, sha: car.sha, attempt: car.attempt + 1 });
    return;
  }
  // Cars behind it whose verification started with it keep running: a pass there proves a tree that holds this one.
  const stop = d.cars.findIndex((c, i) => i > index && !startedWith(c, car));
  if (stop >= 0) cancelFrom(d, stop);
  d.cars[index] = { ...car, status: 'failed', failure: { failingGates: event.failingGates ?? [], flaky, ...(event.evidence ? { evidence: event.evidence } : {}) } };
}

function landed(d: Draft, id: number, sha: string): void {
  const head = d.cars[0];
  if (!head || head.id !== id || head.status !== 'landing' || head.sha !== sha) return;
  const done = new Set(head.members);
  const doneIds = new Set(d.queue.filter((c) => done.has(c.key)).map((c) => c.workOrderId));
  d.queue = d.queue.filter((c) => !done.has(c.key)).map((c) => (c.dependsOn.some((w) => doneIds.has(w)) ? { ...c, dependsOn: c.dependsOn.filter((w) => !doneIds.has(w)) } : c));
  d.cars = d.cars.slice(1);
  d.main = sha;
}

function apply(d: Draft, event: TrainEvent, config: TrainConfig): void {
  switch (event.type) {
    case 'enqueue':
      for (const candidate of event.candidates) enqueue(d, candidate);
      return;
    case 'dequeue':
      if (!landing(d, event.key)) remove(d, event.key);
      return;
    case 'built': {
      const index = carIndex(d, event.car);
      const car = d.cars[index];
      if (!car || car.status !== 'building') return;
      d.cars[index] = { ...car, status: 'verifying', sha: event.sha, attempt: 1, ...(event.at !== undefined ? { startedAt: event.at } : {}) };
      d.out.push({ type: 'verify', car: car.id, sha: event.sha, attempt: 1 });
      return;
    }
    case 'build-failed': {
      const index = carIndex(d, event.car);
      const car = d.cars[index];
      if (!car || car.status !== 'building' || !car.members.includes(event.key)) return;
      cancelFrom(d, index + 1);
      evict(d, event.key, 'conflict', { car: car.id, base: car.base, failingGates: [], attempts: 0, detail: event.detail });
      const members = car.members.filter((k) => k !== event.key);
      d.cars = members.length === 0 ? d.cars.filter((c) => c.id !== car.id) : d.cars.map((c) => (c.id === car.id ? { ...c, members, status: 'pending' } : c));
      return;
    }
    case 'verified':
      return verified(d, event, config);
    case 'landed':
      return landed(d, event.car, event.sha);
    case 'main-moved': {
      if (event.sha === d.main) return;
      const head = d.cars[0];
      if (head?.status === 'landing' && head.sha === event.sha) return landed(d, head.id, event.sha);
      cancelFrom(d, 0);
      d.main = event.sha;
      return;
    }
    case 'land-failed': {
      if (d.cars[0]?.id !== event.car) return;
      cancelFrom(d, 0);
      d.main = event.main;
      return;
    }
  }
}

/**
 * The train as a reducer: one event in, the next state and the actions to apply out. Pure: time and
 * outcomes arrive in events, so the App (state in a git ref) and the local loop drive it alike. Events
 * about cars the train no longer holds are ignored, so late webhooks and duplicate deliveries are safe.
 * Main only ever moves through a `land` action naming a car verified green at exactly its sha, whose
 * base is main.
 */
export function stepTrain(state: TrainState, event: TrainEvent, config: TrainConfig): TrainStep {
  const d = draftOf(state);
  apply(d, event, config);
  settle(d, config);
  return { state: stateOf(d), actions: d.out };
}
