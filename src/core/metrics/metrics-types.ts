import type { CanaryVerdictKind } from '../canary/canary-types.ts';

/** A first-parent commit on main, as the metrics read it from git. */
export interface MergeRecord {
  readonly sha: string;
  readonly mergedAtMs: number;
  /** `Work-Order:` trailers of the merge message. */
  readonly workOrders: readonly string[];
  /** Author time of the oldest commit the merge brought in (the work started), when it is a merge. */
  readonly firstCommitAtMs?: number;
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

/** One merge attempt from a run record (the merge queue writes them); failures never reach git. */
export interface MergeAttemptRecord {
  readonly atMs: number;
  readonly workOrder?: string;
  readonly result: 'merged' | 'failed';
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

export interface Incident {
  readonly redSha: string;
  readonly redAtMs: number;
  readonly greenSha?: string;
  readonly restoredMs?: number;
}

export interface WeekBucket {
  /** ISO date of the week's Monday (UTC). */
  readonly week: string;
  readonly merges: number;
  readonly reverts: number;
  readonly canaryRuns: number;
  readonly canaryRed: number;
  readonly leadTimeP50Ms?: number;
}

export interface ThroughputMetrics {
  readonly sinceMs: number;
  readonly nowMs: number;
  readonly leadTimes: readonly { readonly workOrder: string; readonly sha: string; readonly ms: number }[];
  readonly leadTimeP50Ms?: number;
  readonly mergeSuccess: Rate;
  readonly canaryFailure: Rate;
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
