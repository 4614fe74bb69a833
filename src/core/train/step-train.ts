import { dropCars, carIndex, draftOf, evict, forget, retire, stateOf, withRiders, type Draft } from './train-draft.ts';
import { flakeChance, settle } from './settle-train.ts';
import type { TrainCandidate, TrainConfig, TrainEvent, TrainState, TrainStep } from './train-types.ts';

/** An empty train on `main`. */
export function startTrain(main: string): TrainState {
  return { version: 1, main, queue: [], cars: [], evictions: [], nextCar: 1 };
}

const landing = (d: Draft, key: string) => d.cars.some((c) => c.status === 'landing' && c.members.includes(key));

/** Takes `key` out of the queue and forgets what was seen of it; the cars holding it and every car on them are dropped. */
function remove(d: Draft, key: string): void {
  const holding = d.cars.filter((c) => c.members.includes(key));
  dropCars(d, new Set(holding.flatMap((car) => [...withRiders(d, car.id)])));
  d.queue = d.queue.filter((c) => c.key !== key);
  forget(d, key);
}

/** Ends the round now: what finished is kept, what runs is cancelled, and the next round is planned afresh. */
function replan(d: Draft): void {
  for (const car of d.cars) if (car.status !== 'landing') retire(d, car);
  dropCars(d, new Set(d.cars.filter((c) => c.status !== 'landing').map((c) => c.id)));
  d.planned = [];
}

function enqueue(d: Draft, candidate: TrainCandidate): void {
  const known = d.queue.find((c) => c.key === candidate.key);
  // A redelivered enqueue (same head, priority and dependencies; any clock) changes nothing.
  if (known && known.headSha === candidate.headSha && known.priority === candidate.priority && known.dependsOn.join() === candidate.dependsOn.join()) return;
  if (landing(d, candidate.key)) return;
  remove(d, candidate.key);
  d.evictions = d.evictions.filter((e) => e.key !== candidate.key);
  d.queue.push(candidate);
  // A critical change goes ahead of everything not already landing.
  if (candidate.priority === 'critical') replan(d);
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
  d.cars[index] = { ...car, status: 'failed', failure: { failingGates: event.failingGates ?? [], flaky, ...(event.evidence ? { evidence: event.evidence } : {}) } };
  // Cars built on it hold its tree: unless a flake could explain the failure, they cannot pass.
  if (flakeChance(config, flaky) < 0.01) dropCars(d, new Set([...withRiders(d, car.id)].filter((id) => id !== car.id)));
}

function landed(d: Draft, id: number, sha: string): void {
  const head = d.cars[0];
  if (!head || head.id !== id || head.status !== 'landing' || head.sha !== sha) return;
  const done = new Set(head.members);
  const doneIds = new Set(d.queue.filter((c) => done.has(c.key)).map((c) => c.workOrderId));
  d.queue = d.queue.filter((c) => !done.has(c.key)).map((c) => (c.dependsOn.some((w) => doneIds.has(w)) ? { ...c, dependsOn: c.dependsOn.filter((w) => !doneIds.has(w)) } : c));
  // What failed with a landed change is still evidence against the others of its tree.
  d.findings = d.findings.map((f) => ({ ...f, keys: f.keys.filter((k) => !done.has(k)) })).filter((f) => f.keys.length > 0);
  d.cars = d.cars.slice(1).map((c) => (c.parent === id ? (({ parent: _parent, ...rest }) => rest)(c) : c));
  d.main = sha;
}

/** Main moved under the train: every car is rebuilt on it, and no pass proves anything on it any more. */
function moved(d: Draft, sha: string): void {
  replan(d);
  dropCars(d, new Set(d.cars.map((c) => c.id)));
  d.cleared = [];
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
      d.cars[index] = { ...car, status: 'verifying', sha: event.sha, attempt: 1 };
      d.out.push({ type: 'verify', car: car.id, sha: event.sha, attempt: 1 });
      return;
    }
    case 'build-failed': {
      const car = d.cars[carIndex(d, event.car)];
      if (!car || car.status !== 'building' || !car.members.includes(event.key)) return;
      dropCars(d, new Set([...withRiders(d, car.id)].filter((id) => id !== car.id)));
      evict(d, event.key, 'conflict', { car: car.id, ...(car.base ? { base: car.base } : {}), failingGates: [], attempts: 0, detail: event.detail });
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
      return moved(d, event.sha);
    }
    case 'land-failed':
      if (d.cars[0]?.id !== event.car || d.cars[0].status !== 'landing') return;
      return moved(d, event.main);
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
