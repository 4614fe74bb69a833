import type { CanaryVerdictKind } from './canary-types.ts';

/** One past canary run as its note records it: the verdict and each flow's pass/fail counts. */
export interface CanaryHistoryEntry {
  readonly verdict: CanaryVerdictKind;
  readonly flows?: readonly { readonly id: string; readonly passes: number; readonly fails: number }[];
}

/** Weight of the policy's flake rate, in pseudo-runs, against the observed history. */
const priorRuns = 20;
const floor = 0.02;
const cap = 0.5;

/**
 * Per-flow flake rates learned from history: a Beta posterior whose prior mean is the policy's rate
 * (worth 20 runs), updated with the runs of canaries whose code was fine (GREEN or FLAKY verdicts; a
 * RED or ENVIRONMENT run's failures are not flakes). Floored at 2% so one lucky streak never makes a
 * single failure look certain, capped at 50%: flakier flows need fixing, not bisecting.
 */
export function learnFlakeRates(history: readonly CanaryHistoryEntry[], policyRate: number): Record<string, number> {
  const counts = new Map<string, { passes: number; fails: number }>();
  for (const entry of history) {
    if (entry.verdict !== 'GREEN' && entry.verdict !== 'FLAKY') continue;
    for (const flow of entry.flows ?? []) {
      const c = counts.get(flow.id) ?? { passes: 0, fails: 0 };
      counts.set(flow.id, { passes: c.passes + flow.passes, fails: c.fails + flow.fails });
    }
  }
  const rates: Record<string, number> = {};
  for (const [id, { passes, fails }] of counts) {
    const rate = (fails + priorRuns * policyRate) / (passes + fails + priorRuns);
    rates[id] = Math.min(cap, Math.max(floor, rate));
  }
  return rates;
}
