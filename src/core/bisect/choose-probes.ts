import { hypothesisClasses, type Posterior } from './bisect-posterior.ts';

const maxCandidates = 64;
const binaryEntropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p)));

/** Indices worth probing: testable, canonical suspects; thinned to posterior quantiles on long ranges. */
export function candidateBoundaries(posterior: Posterior): number[] {
  const all: number[] = [];
  for (let i = 1; i <= posterior.n; i++) if (posterior.canonical[i] && !posterior.evidence[i]!.blocked) all.push(i);
  if (all.length <= maxCandidates) return all;
  const picked = new Set<number>();
  let cumulative = 0;
  let h = 1;
  let q = 1;
  const steps = maxCandidates - 16;
  for (const i of all) {
    for (; h <= i; h++) cumulative += posterior.mass[h]!;
    while (q <= steps && cumulative >= q / (steps + 1)) {
      picked.add(i);
      q++;
    }
  }
  const top = hypothesisClasses(posterior).sort((a, b) => b.mass - a.mass).slice(0, 8);
  const valid = new Set(all);
  for (const c of top) for (const i of [c.to, c.from - 1]) if (valid.has(i)) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}

/** Posterior mass of hypotheses 1..h, for every h. */
export function cumulativeMass(posterior: Posterior): number[] {
  const sums = [0];
  for (let h = 1; h <= posterior.n + 1; h++) sums.push(sums[h - 1]! + posterior.mass[h]!);
  return sums;
}

/**
 * Expected information (bits) from running the check once at each of `boundaries` in parallel.
 * Hypotheses between consecutive boundaries behave alike, so they are pooled into segments first.
 */
export function informationGain(posterior: Posterior, boundaries: readonly number[], cumulative: readonly number[] = cumulativeMass(posterior)): number {
  const sorted = [...boundaries].sort((a, b) => a - b);
  const cuts = [...new Set(sorted)];
  const segments = [...cuts, posterior.n + 1].map((cut, i) => cumulative[cut]! - cumulative[i === 0 ? 0 : cuts[i - 1]!]!);
  const { flakeRate: f, reproRate: q } = posterior;
  // P(fail) of probe j under segment s: segment s lies at or below boundary j exactly when s ≤ its cut index.
  const failP = segments.map((_, s) => sorted.map((b) => (s <= cuts.indexOf(b) ? q : f)));
  let conditional = 0;
  segments.forEach((m, s) => (conditional += m * failP[s]!.reduce((acc, p) => acc + binaryEntropy(p), 0)));
  let joint = 0;
  for (let mask = 0; mask < 1 << sorted.length; mask++) {
    let p = 0;
    segments.forEach((m, s) => {
      if (m === 0) return;
      let likelihood = m;
      failP[s]!.forEach((pf, j) => (likelihood *= mask & (1 << j) ? pf : 1 - pf));
      p += likelihood;
    });
    if (p > 0) joint -= p * Math.log2(p);
  }
  return joint - conditional;
}

/**
 * Greedy K-section by expected information gain: each added probe is the one that most increases the
 * information of the whole round. Repeats are allowed (they are reruns that confirm a failure).
 */
export function chooseProbes(posterior: Posterior, count: number, already: readonly number[] = []): number[] {
  const candidates = candidateBoundaries(posterior);
  const chosen = [...already];
  const cumulative = cumulativeMass(posterior);
  let current = chosen.length ? informationGain(posterior, chosen, cumulative) : 0;
  while (chosen.length < count && candidates.length > 0) {
    let best = -1;
    let bestGain = current + 1e-9;
    for (const c of candidates) {
      const gain = informationGain(posterior, [...chosen, c], cumulative);
      if (gain > bestGain) [best, bestGain] = [c, gain];
    }
    if (best < 0) break;
    chosen.push(best);
    current = bestGain;
  }
  return chosen.slice(already.length);
}
