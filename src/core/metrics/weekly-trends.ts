import { finalCanaryVerdicts } from './final-canary-verdicts.ts';
import type { CanaryRecord, LeadTime, MergeRecord, WeekBucket } from './metrics-types.ts';

const dayMs = 86_400_000;
const weekMs = 7 * dayMs;

/** The Monday 00:00 UTC on or before `ms` (1970-01-01 was a Thursday). */
export function weekStart(ms: number): number {
  const days = Math.floor(ms / dayMs);
  return (days - ((days + 3) % 7)) * dayMs;
}

const median = (values: readonly number[]) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Per-week counts for the trend charts, every week of the window present (empty weeks are zeros): a
 * canaried commit counts in the week of its final judged verdict, a lead time in the week it merged.
 */
export function weeklyTrends(sinceMs: number, nowMs: number, facts: { readonly merges: readonly MergeRecord[]; readonly canaries: readonly CanaryRecord[]; readonly leadTimes: readonly LeadTime[] }): WeekBucket[] {
  const { merges, canaries } = facts;
  const verdicts = finalCanaryVerdicts(canaries);
  const weeks: WeekBucket[] = [];
  for (let start = weekStart(sinceMs); start <= nowMs; start += weekMs) {
    const inWeek = (ms: number) => ms >= start && ms < start + weekMs;
    const weekMerges = merges.filter((m) => inWeek(m.mergedAtMs));
    const weekVerdicts = verdicts.filter((v) => inWeek(v.atMs));
    const p50 = median(facts.leadTimes.filter((l) => inWeek(l.mergedAtMs)).map((l) => l.ms));
    weeks.push({
      week: new Date(start).toISOString().slice(0, 10),
      merges: weekMerges.filter((m) => !m.reverts).length,
      reverts: weekMerges.filter((m) => m.reverts).length,
      canaryRuns: canaries.filter((c) => inWeek(c.atMs)).length,
      canaryCommits: weekVerdicts.length,
      canaryRed: weekVerdicts.filter((v) => v.verdict === 'RED').length,
      ...(p50 !== undefined ? { leadTimeP50Ms: p50 } : {}),
    });
  }
  return weeks;
}
