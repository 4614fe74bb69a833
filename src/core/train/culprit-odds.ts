import type { Random } from '../bisect/seeded-random.ts';

/** A staging commit that failed: the queued keys its tree held, and the chance a flake alone explains it. */
export interface FailedTree {
  readonly keys: readonly string[];
  readonly flakeChance: number;
}

/** What the train believes about which queued changes break the build, given every failure it saw. */
export interface CulpritOdds {
  /** The chance `key` breaks the build (0 when a passing staging commit held it since its last failure). */
  readonly chance: (key: string) => number;
  /** One draw of the set of keys that break the build, consistent with the failures seen. */
  readonly draw: (random: Random) => ReadonlySet<string>;
}

/**
 * What is left of a change's odds once a staging commit that held it passed: that pass was on an older
 * main (the car beside it landed instead), and a change can break only together with what landed.
 */
const clearedShare = 0.3;

/** Keys weighed together exactly (2^n hypotheses); past this, the rest are weighed one by one. */
const exactLimit = 16;

/**
 * The posterior over culprits: every queued key breaks the build with `prior` chance on its own; a
 * failed tree is explained by a culprit in it, or else by a flake (`flakeChance`). Keys seen in
 * failures are weighed together over every combination (so one culprit found explains away the
 * others of its batch); keys never seen failing keep the prior; `cleared` keys passed since.
 */
export function culpritOdds(keys: readonly string[], failed: readonly FailedTree[], cleared: ReadonlySet<string>, prior: number): CulpritOdds {
  const queued = new Set(keys);
  const live = failed.map((f) => ({ keys: f.keys.filter((k) => queued.has(k) && !cleared.has(k)), flakeChance: f.flakeChance }));
  const seen = new Map<string, number>();
  for (const f of live) for (const k of f.keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  // The keys in the most failures are weighed exactly; the rest (rare: a dozen suspects at once) alone.
  const exact = [...seen.keys()].sort((a, b) => seen.get(b)! - seen.get(a)! || keys.indexOf(a) - keys.indexOf(b)).slice(0, exactLimit);
  const loose = new Map<string, number>();
  for (const k of seen.keys()) {
    if (exact.includes(k)) continue;
    const worst = Math.max(...live.filter((f) => f.keys.includes(k)).map((f) => 1 / (1 - (1 - prior) ** f.keys.length * (1 - f.flakeChance))));
    loose.set(k, Math.min(0.95, prior * worst));
  }
  const bit = new Map(exact.map((k, i) => [k, 1 << i]));
  const checks = live.map((f) => ({
    mask: f.keys.reduce((m, k) => m | (bit.get(k) ?? 0), 0),
    // Without an exactly weighed culprit, the failure needs a loose one or a flake.
    unexplained: 1 - (1 - f.flakeChance) * f.keys.filter((k) => loose.has(k)).reduce((p) => p * (1 - prior), 1),
  }));
  const weights: number[] = [];
  let total = 0;
  for (let h = 0; h < 1 << exact.length; h++) {
    let culprits = 0;
    for (let x = h; x; x &= x - 1) culprits++;
    let w = prior ** culprits * (1 - prior) ** (exact.length - culprits);
    for (const check of checks) if ((check.mask & h) === 0) w *= check.unexplained;
    weights.push(w);
    total += w;
  }
  const marginal = new Map(exact.map((k, i) => [k, weights.reduce((sum, w, h) => (h & (1 << i) ? sum + w : sum), 0) / total]));
  const chance = (key: string) => (cleared.has(key) ? prior * clearedShare : (marginal.get(key) ?? loose.get(key) ?? prior));
  return {
    chance,
    draw(random) {
      let u = random() * total;
      let h = weights.length - 1;
      for (let i = 0; i < weights.length; i++) if ((u -= weights[i]!) <= 0) { h = i; break; }
      const out = new Set<string>();
      exact.forEach((k, i) => h & (1 << i) && out.add(k));
      for (const k of keys) if (!bit.has(k) && random() < chance(k)) out.add(k);
      return out;
    },
  };
}
