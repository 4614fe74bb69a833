import { seededRandom } from '../bisect/seeded-random.ts';
import type { CulpritOdds } from './culprit-odds.ts';
import { codeDesign, startDesigns, treesOf, type Design } from './round-designs.ts';
import type { TrainCandidate, TrainPriority } from './train-types.ts';

/** A car of a planned round: `members` merged onto main (`parent` -1) or onto an earlier car of the round. */
export interface RoundCar {
  readonly parent: number;
  readonly members: readonly string[];
}

export interface RoundInput {
  /** Candidates that may ride, best first (the planner weighs at most `roundLimit` of them). */
  readonly candidates: readonly TrainCandidate[];
  readonly odds: CulpritOdds;
  /** Keys a passing car proved since their last failure (they only wait for a car to land them). */
  readonly cleared: ReadonlySet<string>;
  /** Staging commits verified at once, and the most members one car adds. */
  readonly depth: number;
  readonly batch: number;
  /** The chance one verification of a good tree fails anyway. */
  readonly flakeChance: number;
  readonly seed: number;
}

/** The most candidates one round weighs (one bit each). */
export const roundLimit = 24;
const draws = 300;
/** What a change a passing car proved but did not land is worth now: it lands next round, almost surely. */
const provenWorth = 0.7;
/**
 * The share of an opening's members that ride in two cars: 6 of 16 measured best on seeds 201-2400
 * (0.12 T sooner than no overlap), 7 (two cars full) 0.10, 3 (what scoring by landing picks) 0.08.
 */
const doubleShare = 3 / 8;
const priorityWorth: Record<TrainPriority, number> = { critical: 8, high: 2, normal: 1, low: 0.5 };

/**
 * Plans the next round of staging commits the way a probabilistic merge queue does (Uber's
 * SubmitQueue weighs builds by their chance to be needed): it draws the culprits many times from
 * `odds`, and picks the cars (a chain, cars side by side on main, or a tree of both) whose best passing
 * tree lands the most, counting what a passing car proves without landing it. Starts from whole
 * families of shapes, then moves one member or one base at a time while that gains. Pure and seeded:
 * every replica plans alike.
 */
export function planRound(input: RoundInput): RoundCar[] {
  const all = input.candidates.slice(0, roundLimit);
  if (all.some((c) => c.dependsOn.some((w) => !all.some((o) => o.workOrderId === w)))) throw new Error('planRound: every dependency of a candidate must be a candidate');
  const order = [...all].sort((a, b) => input.odds.chance(a.key) - input.odds.chance(b.key) || all.indexOf(a) - all.indexOf(b));
  const n = order.length;
  if (n === 0) return [];
  const bitOfWorkOrder = new Map(order.map((c, i) => [c.workOrderId, 1 << i]));
  const needs = order.map((c) => c.dependsOn.reduce((m, id) => m | (bitOfWorkOrder.get(id) ?? 0), 0));
  const worth = order.map((c) => priorityWorth[c.priority]);
  const random = seededRandom(input.seed);
  const worlds = Array.from({ length: draws }, () => {
    const bad = input.odds.draw(random);
    return { bad: order.reduce((m, c, i) => (bad.has(c.key) ? m | (1 << i) : m), 0), flakes: Array.from({ length: input.depth }, () => random() < input.flakeChance) };
  });
  const weigh = (mask: number) => worth.reduce((sum, w, i) => (mask & (1 << i) ? sum + w : sum), 0);
  const count = (mask: number) => worth.reduce((sum, _w, i) => (mask & (1 << i) ? sum + 1 : sum), 0);
  const trees = treesOf;
  const valid = (d: Design) => d.cars.length > 0 && d.cars.length <= input.depth && d.cars.every((car, i) => count(car.mask) <= input.batch && car.parent < i) && trees(d).every((tree) => needs.every((need, i) => !(tree & (1 << i)) || (need & tree) === need));
  const score = (d: Design) => {
    if (!valid(d)) return -Infinity;
    const ts = trees(d);
    const weights = ts.map(weigh);
    let sum = 0;
    for (const world of worlds) {
      let best = 0;
      let proven = 0;
      ts.forEach((tree, i) => {
        if ((tree & world.bad) !== 0 || world.flakes[i]) return;
        proven |= tree;
        best = Math.max(best, weights[i]!);
      });
      sum += best + provenWorth * (weigh(proven) - best);
    }
    // Fewer cars break ties: a verification that adds nothing is not run.
    return sum / draws - d.cars.length * 1e-6;
  };
  const starts = startDesigns(order.map((_c, i) => 1 << i), input.depth);
  /** Drops emptied cars; a car that rode on one rides on what that one rode on. */
  const tidy = (d: Design): Design => {
    const kept: number[] = [];
    const cars: { parent: number; mask: number }[] = [];
    const to = (i: number): number => (i < 0 ? -1 : d.cars[i]!.mask === 0 ? to(d.cars[i]!.parent) : kept[i]!);
    d.cars.forEach((car) => {
      kept.push(cars.length);
      if (car.mask !== 0) cars.push({ parent: to(car.parent), mask: car.mask });
    });
    return { cars };
  };
  /** Moves one member (out, into another car, into a new car) or one car's base while that gains. */
  const climb = (from: { design: Design; value: number }) => {
    let best = from;
    for (let step = 0; step < 40; step++) {
      const current = best;
      const consider = (design: Design) => {
        const tidied = tidy(design);
        const value = score(tidied);
        if (value > best.value + 1e-9) best = { design: tidied, value };
      };
      const cars = current.design.cars;
      for (let i = 0; i < n; i++) {
        const bit = 1 << i;
        const without = cars.map((car) => ({ parent: car.parent, mask: car.mask & ~bit }));
        consider({ cars: without });
        without.forEach((_car, j) => consider({ cars: without.map((c, k) => (k === j ? { parent: c.parent, mask: c.mask | bit } : c)) }));
        if (without.length < input.depth) for (let parent = -1; parent < without.length; parent++) consider({ cars: [...without, { parent, mask: bit }] });
      }
      for (let j = 1; j < cars.length; j++) for (let parent = -1; parent < j; parent++) if (parent !== cars[j]!.parent) consider({ cars: cars.map((c, k) => (k === j ? { parent, mask: c.mask } : c)) });
      if (best === current) break;
    }
    return best;
  };
  /**
   * The same members in overlapping cars (`codeDesign`), about three in eight of them (the last)
   * in two cars. Only at the opening: with nothing known yet, what a round shows is worth the most,
   * and scoring by what lands undervalues it (the overlap lands a little less now and names the
   * culprits a round sooner).
   */
  const overlap = (d: Design): Design => {
    const union = d.cars.reduce((m, car) => m | car.mask, 0);
    const bits = order.map((_c, i) => 1 << i).filter((bit) => union & bit);
    for (let doubles = Math.round(bits.length * doubleShare); doubles > 0; doubles--) {
      const code = codeDesign(bits, doubles, input.batch);
      if (code && score(code) > -Infinity) return code;
    }
    return d;
  };
  const climbed = climb(starts.reduce<{ design: Design; value: number }>((top, design) => {
    const value = score(design);
    return value > top.value ? { design, value } : top;
  }, { design: { cars: [] }, value: -Infinity }));
  if (climbed.value === -Infinity) return [];
  const best = opening(input, order) && climbed.design.cars.length === 3 && climbed.design.cars.every((car) => car.parent < 0) ? overlap(climbed.design) : climbed.design;
  return best.cars.map((car) => ({ parent: car.parent, members: mergeOrder(all.filter((c) => car.mask & (1 << order.indexOf(c)))) }));
}

/** No evidence yet: every candidate at the same odds, none proven by a passing car. */
const opening = (input: RoundInput, order: readonly TrainCandidate[]) => input.cleared.size === 0 && order.every((c) => input.odds.chance(c.key) === input.odds.chance(order[0]!.key));

/** A car's members best first, each after the members it depends on. */
function mergeOrder(members: readonly TrainCandidate[]): string[] {
  const out: TrainCandidate[] = [];
  const ids = new Set(members.map((c) => c.workOrderId));
  while (out.length < members.length) {
    const next = members.find((c) => !out.includes(c) && c.dependsOn.every((w) => !ids.has(w) || out.some((o) => o.workOrderId === w)));
    out.push(next ?? members.find((c) => !out.includes(c))!);
  }
  return out.map((c) => c.key);
}
