/** One first-parent commit of the searched range; merges are atomic units. */
export interface BisectCommit {
  readonly sha: string;
  readonly tree: string;
  /** Relative prior weight of being the culprit (default 1), e.g. from file overlap with the failing flow. */
  readonly weight?: number;
}

/** What one run of the check said, in `git bisect run` terms; `skip` means "cannot test this commit". */
export type ProbeResult = 'pass' | 'fail' | 'skip';

/** One finished run. Outcomes are keyed by tree, so two commits with the same tree share them. */
export interface BisectOutcome {
  readonly tree: string;
  readonly result: ProbeResult;
}

export interface BisectOptions {
  /** Probes run in parallel per round (K). Rounds ≈ ⌈log_(K+1) n⌉ for a deterministic regression. */
  readonly runners: number;
  /** P(a good commit fails). Omitted: failures are trusted until a contradiction teaches a rate. */
  readonly flakeRate?: number;
  /** P(a bad commit fails); 1 for a deterministic regression, below 1 for an intermittent one. */
  readonly reproRate?: number;
  /** Stop when one suspect (or a skip-bounded range) holds this much posterior. Default 0.999. */
  readonly confidence?: number;
  /** Stop after this many runs and report the top suspects. Default (3·⌈log2(n+1)⌉ + 6) / reproRate². */
  readonly maxBuilds?: number;
  /** Prior that the red `bad` was itself a flake (no culprit). Default 0.4, Google's measured share. */
  readonly noCulpritPrior?: number;
}

/** The input of one planning step: the range, everything observed so far, and the options. */
export interface BisectState {
  /** The last known-good commit; trusted, probed only to confirm it before blaming its child. */
  readonly good: BisectCommit;
  /** First-parent commits after `good`, oldest first; the last one is `bad`. */
  readonly suspects: readonly BisectCommit[];
  readonly outcomes: readonly BisectOutcome[];
  readonly options: BisectOptions;
}

/** `confirm-good`: one run on `good` before its child is named the culprit (good is otherwise trusted). */
export type ProbeReason = 'recheck-bad' | 'search' | 'verify' | 'confirm-good';

/** A commit to run the check on next; several probes of one commit are reruns. */
export interface BisectProbe {
  readonly sha: string;
  readonly tree: string;
  /** 1-based position among the suspects (the last is `bad`); 0 is `good` itself. */
  readonly index: number;
  readonly reason: ProbeReason;
}

export interface Suspect {
  readonly sha: string;
  readonly index: number;
  readonly probability: number;
}

/** Evidence at the culprit boundary: failures at the culprit, passes at its parent. */
export interface CulpritVerification {
  readonly failsAtCulprit: number;
  readonly passesAtParent: number;
  /** True when the parent is `good` itself; it was then run once more and seen passing. */
  readonly parentIsGood: boolean;
  /** Every commit that was run was run at least twice with the same result; only then is 1 printed. */
  readonly allConfirmed: boolean;
}

/** A conclusion with enough evidence: one verified merge, a skip-bounded range, or "bad was a flake". */
export type BisectConclusion =
  | { readonly kind: 'found'; readonly culprit: Suspect; readonly confidence: number; readonly verification: CulpritVerification }
  | { readonly kind: 'good-fails'; readonly goodFailures: number }
  | { readonly kind: 'range'; readonly suspects: readonly Suspect[]; readonly confidence: number }
  | { readonly kind: 'no-regression'; readonly confidence: number };

/**
 * The planner's answer: more probes, or a conclusion. `flakeRate` is the rate it used (given or learned).
 * `range`: skips leave several candidates; `no-regression`: `bad` did not reproduce, so the red was a
 * flake; `good-fails`: the check fails on `good` too, so nothing can be blamed; `budget`: out of
 * builds, the top suspects instead of a guess.
 */
export type BisectPlan = { readonly runs: number; readonly flakeRate: number } & (
  | { readonly kind: 'probe'; readonly probes: readonly BisectProbe[]; readonly top: readonly Suspect[] }
  | BisectConclusion
  | { readonly kind: 'budget'; readonly top: readonly Suspect[]; readonly noCulprit: number }
);
