import type { CanaryVerdictKind } from '../canary/canary-types.ts';

/** A first-parent commit on main, as the metrics read it from git. */
export interface MergeRecord {
  readonly sha: string;
  readonly mergedAtMs: number;
  /** `Work-Order:` trailers of the merge message. */
  readonly workOrders: readonly string[];
  /**
   * When the attempt that merged started, per work order: the `Shopfloor-Started:` trailer Shopfloor writes
   * on the agent's commit. Absent for work no Shopfloor agent made (a person's branch, a `git am` patch).
   */
  readonly startedAtMs?: Readonly<Record<string, number>>;
  /** The commit this one reverts (`This reverts commit …`). */
  readonly reverts?: string;
  /** The commit this one fixes: a `Fixes: <sha>` trailer or a bug work order's `provenance.revertOf`. */
  readonly fixes?: string;
  /** New files matching the policy's test globs: regression tests added by a fix. */
  readonly testsAdded: number;
}

/** One canary run: a note under `refs/notes/shopfloor-canary` or a run record. */
export interface CanaryRecord {
  readonly sha: string;
  readonly atMs: number;
  readonly verdict: CanaryVerdictKind;
}

/**
 * How one landing of an agent branch ended: merged by Shopfloor, held for a person (approval, policy,
 * dangerous change, conflict) or failed (the verdict failed: a gate failed or was flaky).
 */
export type MergeAttemptResult = 'merged' | 'held' | 'failed';

/** One merge decision from a run record (the loop writes one per landing); holds and failures never reach git. */
export interface MergeAttemptRecord {
  readonly atMs: number;
  readonly workOrder?: string;
  readonly result: MergeAttemptResult;
  /** The hold reasons' kinds (`approval-missing`, `gate-failed`, …) of a held or failed attempt. */
  readonly reasons?: readonly string[];
}

/** What one agent run spent (`agent-spend` run records, written by the loop after each implementation). */
export interface SpendRecord {
  readonly atMs: number;
  readonly workOrder: string;
  readonly costUsd: number;
  readonly tokens: number;
}

/** Agent spend behind the work orders merged in the window: every attempt counts, failed ones too. */
export interface SpendPerMerge {
  readonly workOrders: number;
  readonly costUsd: number;
  readonly tokens: number;
  readonly meanUsd: number;
}

export interface MetricsInput {
  readonly sinceMs: number;
  readonly nowMs: number;
  readonly merges: readonly MergeRecord[];
  readonly canaries: readonly CanaryRecord[];
  readonly attempts: readonly MergeAttemptRecord[];
  readonly spends?: readonly SpendRecord[];
}

/** A share with its counts, so a reader sees "1 of 40", not only "2.5%"; undefined rate when 0 of 0. */
export interface Rate {
  readonly count: number;
  readonly of: number;
  readonly rate?: number;
}

/**
 * Merge success per work order: of the work orders whose first merge decision fell in the window, the
 * share whose first decision merged them without a person (`count` of `of`); the rest were held or failed.
 */
export interface MergeSuccess extends Rate {
  readonly held: number;
  readonly failed: number;
  /** Every decision in the window: a held work order merged after an approval is one held and one merged. */
  readonly attempts: Readonly<Record<MergeAttemptResult, number>>;
}

/** Canary failure per canaried commit on main (its final judged verdict); `runs` counts every run. */
export interface CanaryFailure extends Rate {
  readonly runs: number;
}

/** One merged work order's lead time: its merged attempt's start → its merge on main. */
export interface LeadTime {
  readonly workOrder: string;
  readonly sha: string;
  readonly mergedAtMs: number;
  readonly ms: number;
}

export interface Incident {
  readonly redSha: string;
  readonly redAtMs: number;
  readonly greenSha?: string;
  readonly restoredMs?: number;
}

export interface WeekBucket {
  /** ISO date of the week's Monday (UTC). */
  readonly week: string;
  /** First-parent commits on main, reverts aside (a merge, or a commit made on main directly). */
  readonly merges: number;
  readonly reverts: number;
  readonly canaryRuns: number;
  /** Commits whose final judged canary verdict came this week, and those of them RED. */
  readonly canaryCommits: number;
  readonly canaryRed: number;
  readonly leadTimeP50Ms?: number;
}

export interface ThroughputMetrics {
  readonly sinceMs: number;
  readonly nowMs: number;
  readonly leadTimes: readonly LeadTime[];
  readonly leadTimeP50Ms?: number;
  readonly mergeSuccess: MergeSuccess;
  readonly canaryFailure: CanaryFailure;
  readonly incidents: readonly Incident[];
  readonly mttrMeanMs?: number;
  readonly mttrP50Ms?: number;
  readonly changeFailure: Rate;
  readonly badReverts: Rate;
  readonly revertsOfReverts: number;
  readonly regressionTestsPerFix?: number;
  readonly fixes: number;
  readonly spendPerMerge?: SpendPerMerge;
  readonly weeks: readonly WeekBucket[];
}
