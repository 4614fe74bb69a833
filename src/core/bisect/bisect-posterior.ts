import type { BisectState } from './bisect-types.ts';

/** Evidence at one boundary index (a suspect position): runs that passed and failed there. */
export interface BoundaryEvidence {
  readonly pass: number;
  readonly fail: number;
  /** A skip (exit 125) was seen: this commit cannot be tested. */
  readonly blocked: boolean;
}

/**
 * Hypotheses h = 1..n are "suspect h is the culprit"; h = n + 1 is "no culprit: the red was a flake".
 * A probe at index i sees a broken tree exactly when h ≤ i.
 */
export interface Posterior {
  readonly n: number;
  /** Normalised posterior, indexed 1..n+1 (index 0 unused). */
  readonly mass: readonly number[];
  /** Evidence per index 0..n; index 0 is `good`, trusted by the likelihood (its runs only confirm it). */
  readonly evidence: readonly BoundaryEvidence[];
  /** False when a suspect's tree equals its predecessor's: its runs count at the first index of that tree. */
  readonly canonical: readonly boolean[];
  readonly flakeRate: number;
  readonly reproRate: number;
  readonly runs: number;
}

const term = (count: number, p: number) => (count === 0 ? 0 : count * Math.log(p));

/** Bayes over all hypotheses with a one-sided noise model: passes are trusted, fails may be flakes. */
export function computePosterior(state: BisectState): Posterior {
  const { good, suspects, outcomes, options } = state;
  const n = suspects.length;
  const trees = [good.tree, ...suspects.map((s) => s.tree)];
  const canonical = trees.map((tree, i) => i === 0 || tree !== trees[i - 1]);
  const firstIndexOfTree = new Map<string, number>();
  trees.forEach((tree, i) => (canonical[i] && !firstIndexOfTree.has(tree) ? firstIndexOfTree.set(tree, i) : undefined));
  const counts = trees.map(() => ({ pass: 0, fail: 0, blocked: false }));
  let runs = 0;
  for (const outcome of outcomes) {
    runs++;
    const at = firstIndexOfTree.get(outcome.tree);
    if (at === undefined) continue;
    const slot = counts[at]!;
    if (outcome.result === 'skip') slot.blocked = true;
    else slot[outcome.result]++;
  }
  // A non-canonical index shares its tree, hence its evidence, with the canonical one before it.
  const evidence = counts.map((slot, i) => {
    let j = i;
    while (!canonical[j]) j--;
    return j === i ? slot : { ...counts[j]! };
  });
  const reproRate = options.reproRate ?? 1;
  const given = options.flakeRate ?? 0;
  let mass = weigh(state, evidence, given, reproRate, canonical);
  let flakeRate = given;
  if (mass === undefined) {
    flakeRate = learnFlakeRate(evidence);
    mass = weigh(state, evidence, flakeRate, reproRate, canonical) ?? uniform(n);
  }
  return { n, mass, evidence, canonical, flakeRate, reproRate, runs };
}

function weigh(state: BisectState, evidence: readonly BoundaryEvidence[], f: number, q: number, canonical: readonly boolean[]): number[] | undefined {
  const n = state.suspects.length;
  const noCulprit = state.options.noCulpritPrior ?? 0.4;
  const weights = state.suspects.map((s, i) => (canonical[i + 1] ? (s.weight ?? 1) : 0));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  // log L(h) = Σ_{i<h} good-state terms + Σ_{i≥h} bad-state terms, via prefix and suffix sums: O(n).
  const goodTerm = (i: number) => (canonical[i] ? term(evidence[i]!.pass, 1 - f) + term(evidence[i]!.fail, f) : 0);
  const badTerm = (i: number) => (canonical[i] ? term(evidence[i]!.pass, 1 - q) + term(evidence[i]!.fail, q) : 0);
  const badFrom: number[] = new Array(n + 2).fill(0);
  for (let i = n; i >= 1; i--) badFrom[i] = badFrom[i + 1]! + badTerm(i);
  const logs: number[] = [-Infinity];
  let goodBelow = 0;
  for (let h = 1; h <= n + 1; h++) {
    const prior = h === n + 1 ? noCulprit : ((1 - noCulprit) * weights[h - 1]!) / total;
    logs.push(Math.log(prior) + goodBelow + badFrom[h]!);
    if (h <= n) goodBelow += goodTerm(h);
  }
  const max = Math.max(...logs);
  if (max === -Infinity) return undefined;
  const raw = logs.map((l) => Math.exp(l - max));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}

/**
 * Failures below a trusted pass were flakes. Laplace estimate over the runs at or below the highest
 * pass, floored at 5% and capped at 50% (flows flakier than that are not worth bisecting).
 */
export function learnFlakeRate(evidence: readonly BoundaryEvidence[]): number {
  let highestPass = 0;
  evidence.forEach((e, i) => (e.pass > 0 ? (highestPass = i) : undefined));
  let flaky = 0;
  let runs = 0;
  for (let i = 1; i <= highestPass; i++) {
    flaky += evidence[i]!.fail;
    runs += evidence[i]!.fail + evidence[i]!.pass;
  }
  return Math.min(0.5, Math.max(0.05, (flaky + 1) / (runs + 2)));
}

function uniform(n: number): number[] {
  return [0, ...Array.from({ length: n + 1 }, () => 1 / (n + 1))];
}

/** A run of hypotheses that no testable boundary separates (skips between them); decided together. */
export interface HypothesisClass {
  readonly from: number;
  readonly to: number;
  readonly mass: number;
}

/** Merges hypothesis h with h + 1 whenever index h is blocked (skipped), as git bisect reports a range. */
export function hypothesisClasses(posterior: Posterior): HypothesisClass[] {
  const classes: HypothesisClass[] = [];
  let from = 1;
  let mass = 0;
  for (let h = 1; h <= posterior.n + 1; h++) {
    mass += posterior.mass[h]!;
    const separated = h === posterior.n + 1 || !posterior.evidence[h]!.blocked;
    if (separated) {
      classes.push({ from, to: h, mass });
      from = h + 1;
      mass = 0;
    }
  }
  return classes;
}
