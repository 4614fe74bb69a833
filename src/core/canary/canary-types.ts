import type { CanaryFlow } from '../policy/canary-schema.ts';

/**
 * One run of a flow or the build: `fail` is the code failing (non-zero exit, timeout), `error` is the
 * infrastructure failing (could not start, exit 125, aborted): retried, never blamed.
 */
export interface FlowRun {
  readonly result: 'pass' | 'fail' | 'error';
  readonly metrics?: Readonly<Record<string, number>>;
  readonly durationMs?: number;
}

export interface FlowRuns {
  readonly flow: CanaryFlow;
  readonly runs: readonly FlowRun[];
}

/** How the runs settle settings that apply to every flow (from the canary policy). */
export interface CanarySettings {
  readonly flakeRate: number;
  /** Learned per-flow rates (see `learnFlakeRates`); a flow without one uses `flakeRate`. */
  readonly flakeRates?: Readonly<Record<string, number>>;
  readonly falseRedRate: number;
  readonly errorLimit: number;
  /** Flows in this canary (Bonferroni: α is split across them). */
  readonly flowCount: number;
}

export type FlowState = 'passed' | 'regressed' | 'flaky' | 'error' | 'pending';

export interface FlowJudgement {
  readonly id: string;
  readonly critical: boolean;
  readonly state: FlowState;
  readonly passes: number;
  readonly fails: number;
  readonly errors: number;
  /** Metric medians over passing runs. */
  readonly metrics: Readonly<Record<string, number>>;
  readonly reason: string;
}

export type CanaryVerdictKind = 'GREEN' | 'RED' | 'FLAKY' | 'INCONCLUSIVE' | 'ENVIRONMENT';

export interface CanaryVerdict {
  readonly verdict: CanaryVerdictKind;
  /** Flows (or `build`) that regressed on this commit and not on last-known-good. */
  readonly regressed: readonly string[];
  readonly flaky: readonly string[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  readonly reasons: readonly string[];
  readonly flows: readonly FlowJudgement[];
}
