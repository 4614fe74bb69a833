import { compareCandidates, pickBatch } from './order-candidates.ts';
import { culpritOdds, type CulpritOdds } from './culprit-odds.ts';
import { planRound, roundLimit } from './plan-round.ts';
import { dropCars, evict, inFlight, newCar, retire, ridesOn, treeOf, type Draft } from './train-draft.ts';
import type { TrainCandidate, TrainConfig, TrainFinding } from './train-types.ts';

/** The share of ready changes that break the build, before any evidence (a failed tree raises its members' odds). */
export const breakChance = 0.1;
/** Odds at which a change that failed alone is evicted as the culprit. */
const evictAt = 0.97;

/** How often a good tree fails anyway: a gate marked flaky often; any gate when the policy allows flakes; else next to never. */
export const flakeChance = (config: TrainConfig, flaky = false) => (flaky ? 0.3 : config.retryEveryFailure ? 0.05 : 0.001);

/**
 * The odds from every finding, counting a pass since as proof (planning); or, to evict, from the
 * findings no evicted culprit explains, with no pass taken as proof (it was on an older main).
 */
export const oddsOf = (d: Draft, config: TrainConfig, findings: readonly TrainFinding[] = d.findings, cleared: readonly string[] = d.cleared): CulpritOdds =>
  culpritOdds(d.queue.map((c) => c.key), findings.map((f) => ({ keys: f.keys, flakeChance: flakeChance(config, f.flaky) })), new Set(cleared), breakChance);

/**
 * Lands the passing car with the biggest tree once every car beside it has finished (what they show
 * is kept: a pass proves its changes, a failure is evidence): its tree is proven whole, main plus every
 * member of it and of the cars under it. The cars built on it keep running; its base becomes main.
 */
function landBest(d: Draft): void {
  const size = (car: (typeof d.cars)[number]) => treeOf(d, car).length;
  const proven = d.cars.filter((c) => c.status === 'passed' && c.verifiedSha === c.sha).sort((a, b) => size(b) - size(a) || a.id - b.id);
  const best = proven.find((car) => !d.cars.some((other) => inFlight(other) && !ridesOn(d, other, car.id)));
  if (!best) return;
  const members = treeOf(d, best);
  const stays = (c: (typeof d.cars)[number]) => c.id === best.id || ridesOn(d, c, best.id);
  for (const car of d.cars) if (!stays(car)) retire(d, car);
  dropCars(d, new Set(d.cars.filter((c) => !stays(c)).map((c) => c.id)));
  const riders = d.cars.filter((c) => c.id !== best.id);
  const { parent: _parent, ...landing } = best;
  d.cars = [{ ...landing, members, base: d.main, status: 'landing' }, ...riders];
  d.out.push({ type: 'land', car: best.id, sha: best.sha!, expectedMain: d.main, members });
}

/**
 * Evicts each change that failed alone (every other change of a failed tree is on main now) once
 * the odds say it is the culprit, or once it failed alone more often than `flakyRetries` lets a flake
 * explain. A culprit found explains its findings away, which clears the others in them.
 */
function evictCulprits(d: Draft, config: TrainConfig): void {
  for (;;) {
    const evidence = d.findings.filter((f) => f.explainedBy === undefined);
    const odds = oddsOf(d, config, evidence, []);
    const alone = (f: TrainFinding) => f.keys.filter((k) => d.queue.some((c) => c.key === k));
    const culprit = d.queue.find((c) => {
      const solo = evidence.filter((f) => alone(f).length === 1 && alone(f)[0] === c.key);
      return solo.length > 0 && (odds.chance(c.key) >= evictAt || solo.length > config.flakyRetries);
    });
    if (!culprit) return;
    const held = evidence.filter((f) => f.keys.includes(culprit.key));
    const last = held.filter((f) => alone(f).length === 1).at(-1)!;
    evict(d, culprit.key, 'broke-build', {
      car: last.car, ...(last.base ? { base: last.base } : {}), ...(last.sha ? { sha: last.sha } : {}), failingGates: last.failingGates, attempts: held.length,
      ...(last.evidence ? { detail: last.evidence } : {}),
    });
  }
}

/** Candidates whose every dependency is on main or among them (so a car can hold them in order), best first. */
function placeable(queue: readonly TrainCandidate[]): TrainCandidate[] {
  let out = [...queue].sort(compareCandidates);
  for (let changed = true; changed; ) {
    const ids = new Set(out.slice(0, roundLimit).map((c) => c.workOrderId));
    const next = out.filter((c, i) => i < roundLimit && c.dependsOn.every((w) => ids.has(w)));
    changed = next.length !== out.length;
    out = next;
  }
  return out;
}

/** Plans a round on main from everything waiting (`planRound`); its members are `planned`. */
function planNext(d: Draft, config: TrainConfig): void {
  const candidates = placeable(d.queue);
  const round = planRound({ candidates, odds: oddsOf(d, config), cleared: new Set(d.cleared), depth: config.depth, batch: config.batch, flakeChance: flakeChance(config), seed: d.nextCar * 7919 + d.queue.length });
  const ids: number[] = [];
  for (const car of round) {
    const made = newCar(d, car.members, car.parent < 0 ? undefined : ids[car.parent]);
    ids.push(made.id);
    d.cars.push(made);
  }
  d.planned = candidates.map((c) => c.key);
}

/**
 * A change that arrives while a round runs rides on top of it, in order: into the top car while that
 * is not built yet, else in a new car on the car with the biggest tree still able to pass.
 */
function topUp(d: Draft, config: TrainConfig): void {
  const riding = new Set(d.cars.flatMap((c) => c.members));
  const planned = new Set(d.planned);
  for (;;) {
    const top = d.cars.filter((c) => c.status !== 'failed' && c.status !== 'landing').sort((a, b) => treeOf(d, b).length - treeOf(d, a).length || b.id - a.id)[0];
    const placed = new Set(d.queue.filter((c) => (top ? treeOf(d, top) : []).includes(c.key)).map((c) => c.workOrderId));
    const waiting = d.queue.filter((c) => !riding.has(c.key) && !planned.has(c.key));
    const joins = top?.status === 'pending' && top.members.length < config.batch;
    if (!joins && d.cars.filter(inFlight).length >= config.depth) return;
    const more = pickBatch(waiting, placed, joins ? config.batch - top.members.length : config.batch);
    if (more.length === 0) return;
    for (const c of more) {
      riding.add(c.key);
      d.planned.push(c.key);
    }
    const keys = more.map((c) => c.key);
    if (joins) d.cars = d.cars.map((c) => (c.id === top.id ? { ...c, members: [...c.members, ...keys] } : c));
    else d.cars.push(newCar(d, keys, top?.id));
  }
}

/**
 * Brings the train forward: land what a car proved; when the round is over, keep what it showed,
 * evict the culprits it found and plan the next round; while it runs, let late arrivals ride on top;
 * build every car whose base is known.
 */
export function settle(d: Draft, config: TrainConfig): void {
  if (d.cars.some((c) => c.status === 'landing')) return;
  landBest(d);
  if (d.cars.some((c) => c.status === 'landing')) return build(d);
  if (!d.cars.some(inFlight)) {
    for (const car of d.cars) retire(d, car);
    d.cars = [];
    evictCulprits(d, config);
    planNext(d, config);
  } else topUp(d, config);
  build(d);
}

function build(d: Draft): void {
  d.cars = d.cars.map((car) => {
    const parent = car.parent === undefined ? undefined : d.cars.find((c) => c.id === car.parent);
    const base = car.parent === undefined ? d.main : parent?.sha;
    if (car.status !== 'pending' || base === undefined) return car;
    const members = car.members.map((key) => d.queue.find((c) => c.key === key)!).map(({ key, workOrderId, headSha }) => ({ key, workOrderId, headSha }));
    d.out.push({ type: 'build', car: car.id, base, members });
    return { ...car, status: 'building', base };
  });
}
