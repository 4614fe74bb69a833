// The simulation's model of a repository: trees are sets of PRs; a tree is broken iff it holds a PR that
// breaks the build on its own, or both PRs of a pair that only break together. Flakes fail a good tree
// by chance; nothing ever makes a broken tree pass.
import { seededRandom, type Random } from '../../src/core/bisect/seeded-random.ts';

export interface Scenario {
  readonly prs: number;
  /** PRs that break the build on their own. */
  readonly alone: ReadonlySet<number>;
  /** Pairs [a, b] that break the build only when both are in the tree. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly flakeRate: number;
  readonly seed: number;
}

export interface ScenarioShape {
  readonly prs: number;
  /** Chance a PR breaks the build (alone or in combination). */
  readonly breakRate: number;
  /** Share of breaking PRs that break only together with another PR. */
  readonly pairShare: number;
  readonly flakeRate: number;
}

export const defaultShape: ScenarioShape = { prs: 16, breakRate: 1 / 8, pairShare: 1 / 3, flakeRate: 0.05 };

export function makeScenario(seed: number, shape: ScenarioShape = defaultShape): Scenario {
  const random = seededRandom(seed * 7919 + 1);
  const alone = new Set<number>();
  const pairs: [number, number][] = [];
  for (let pr = 0; pr < shape.prs; pr++) {
    if (random() >= shape.breakRate) continue;
    if (random() < shape.pairShare) {
      let partner = Math.floor(random() * (shape.prs - 1));
      if (partner >= pr) partner++;
      pairs.push([pr, partner]);
    } else alone.add(pr);
  }
  return { prs: shape.prs, alone, pairs, flakeRate: shape.flakeRate, seed };
}

export const broken = (s: Scenario, tree: ReadonlySet<number>): boolean =>
  [...s.alone].some((p) => tree.has(p)) || s.pairs.some(([a, b]) => tree.has(a) && tree.has(b));

/** One gate run on `tree`: a broken tree always fails; a good one fails with the flake rate. */
export const runGates = (s: Scenario, tree: ReadonlySet<number>, random: Random): 'pass' | 'fail' => (broken(s, tree) || random() < s.flakeRate ? 'fail' : 'pass');

/** What one strategy did in one trial. */
export interface Outcome {
  /** Model time (in T) when the last PR landed: every good PR is on main by then. */
  readonly time: number;
  readonly verifications: number;
  /** The most verifications running at one time (never more than the train's depth). */
  readonly maxConcurrent?: number;
  readonly landed: readonly number[];
  readonly evicted: readonly number[];
  /** Times main moved to a tree no passing verification named at exactly that commit. */
  readonly unverifiedLandings: number;
  /** Times main moved other than by fast-forward from itself. */
  readonly nonFastForward: number;
}

export interface Scored extends Outcome {
  /** Evicted PRs that main, as it ended, would take without breaking. */
  readonly wronglyEvicted: number;
  /** Landed PRs whose own change breaks the build on main as it ended (alone, or as a pair's second half). */
  readonly badLanded: number;
}

export function score(s: Scenario, outcome: Outcome): Scored {
  const main = new Set(outcome.landed);
  const wronglyEvicted = outcome.evicted.filter((p) => !broken(s, new Set([...main, p]))).length;
  const badLanded = outcome.landed.filter((p) => s.alone.has(p)).length + s.pairs.filter(([a, b]) => main.has(a) && main.has(b)).length;
  return { ...outcome, wronglyEvicted, badLanded };
}
