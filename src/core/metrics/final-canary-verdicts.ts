import type { CanaryRecord } from './metrics-types.ts';

/** A verdict about the code: INCONCLUSIVE and ENVIRONMENT runs say nothing about the commit. */
export const isJudged = (run: CanaryRecord): boolean => run.verdict === 'GREEN' || run.verdict === 'RED' || run.verdict === 'FLAKY';

/**
 * Each canaried commit once, with its final judged verdict (its last judged run), in the order those
 * verdicts came. The loop runs the canary twice to confirm a RED and guards re-run it on the same main:
 * those runs judge one commit, not several.
 */
export function finalCanaryVerdicts(canaries: readonly CanaryRecord[]): CanaryRecord[] {
  const last = new Map<string, CanaryRecord>();
  for (const run of [...canaries].sort((a, b) => a.atMs - b.atMs)) if (isJudged(run)) last.set(run.sha, run);
  return [...last.values()].sort((a, b) => a.atMs - b.atMs);
}
