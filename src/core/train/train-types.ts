/** Priorities a train orders by, highest first (the work order's `priority`). */
export const trainPriorities = ['critical', 'high', 'normal', 'low'] as const;
export type TrainPriority = (typeof trainPriorities)[number];

/** A change ready to land: a PR (App) or an agent branch (local loop), with a green report for `headSha`. */
export interface TrainCandidate {
  /** Stable key the driver chooses: `pr#12` on GitHub, the work-order id locally. */
  readonly key: string;
  readonly workOrderId: string;
  readonly priority: TrainPriority;
  /** Work-order ids this one depends on that are not on main yet; it never lands before them. */
  readonly dependsOn: readonly string[];
  /** Milliseconds from the driver's clock when it became ready (age breaks priority ties). */
  readonly enqueuedAt: number;
  readonly headSha: string;
}

export type CarStatus = 'pending' | 'building' | 'verifying' | 'passed' | 'failed' | 'landing';

/** Why a car's verification failed. */
export interface CarFailure {
  readonly failingGates: readonly string[];
  readonly flaky: boolean;
  /** Where the failure can be read (a report or run-document link); the driver's text, kept as data. */
  readonly evidence?: string;
}

/**
 * A staging commit: `base` plus `members` merged in order. `base` is main, or the staging commit of
 * the car it rides on (`parent`), so a car's tree is main plus its own members and those of every car
 * under it. A round's cars form a chain, cars side by side on main, or a tree of both.
 */
export interface TrainCar {
  readonly id: number;
  /** What the car adds on its base (a landing car: every member its tree lands). */
  readonly members: readonly string[];
  readonly status: CarStatus;
  /** The car this one is built on; absent: main. */
  readonly parent?: number;
  readonly base?: string;
  readonly sha?: string;
  /** Verifications started on `sha`. */
  readonly attempt: number;
  /** The sha a verification passed at; a car lands only when this equals `sha`. */
  readonly verifiedSha?: string;
  readonly failure?: CarFailure;
}

/** A staging commit that failed, kept as evidence against the changes its tree held. */
export interface TrainFinding {
  readonly car: number;
  /** Every queued change in the failed tree (the car's members and those of the cars under it). */
  readonly keys: readonly string[];
  readonly base?: string;
  readonly sha?: string;
  readonly failingGates: readonly string[];
  /** A gate marked flaky failed: a flake explains it more often. */
  readonly flaky: boolean;
  readonly evidence?: string;
  /** The culprit evicted from this tree: the failure is explained, so it no longer counts as evidence to evict. */
  readonly explainedBy?: string;
}

export type EvictionReason = 'broke-build' | 'conflict';

/** A candidate the train removed, with what proves it and how to bring it back. */
export interface TrainEviction {
  readonly key: string;
  readonly workOrderId: string;
  readonly headSha: string;
  readonly reason: EvictionReason;
  readonly evidence: {
    readonly car: number;
    readonly base?: string;
    readonly sha?: string;
    readonly failingGates: readonly string[];
    readonly attempts: number;
    readonly detail?: string;
  };
  readonly requeue: string;
}

/** The whole train as plain JSON (the App keeps it in a git ref; the local loop in memory). */
export interface TrainState {
  readonly version: 1;
  readonly main: string;
  /** Every candidate not landed, evicted or dequeued, in enqueue order; some sit in cars. */
  readonly queue: readonly TrainCandidate[];
  /** Cars in flight, head first. */
  readonly cars: readonly TrainCar[];
  readonly evictions: readonly TrainEviction[];
  readonly nextCar: number;
  /** Failed staging commits whose changes are still queued: the odds of each being a culprit come from them. */
  readonly findings?: readonly TrainFinding[];
  /** Queued keys a passing staging commit held since their last failure; they only wait to land. */
  readonly cleared?: readonly string[];
  /** Keys the current round was planned with; a later arrival rides on top of the round instead. */
  readonly planned?: readonly string[];
}

/** `merge.train` resolved: how many cars at once, members per car, retries before splitting. */
export interface TrainConfig {
  readonly depth: number;
  readonly batch: number;
  /** Failures a change survives alone before it is evicted, when a flake could explain them. */
  readonly flakyRetries: number;
  /** Any failure may be a flake (the policy allows flakes), not only failures of gates marked flaky. */
  readonly retryEveryFailure: boolean;
}

export type DequeueReason = 'pushed' | 'approval-voided' | 'hold' | 'closed';

export type TrainEvent =
  /** New or updated candidates (an updated head sha replaces the old entry and rebuilds its car). */
  | { readonly type: 'enqueue'; readonly candidates: readonly TrainCandidate[] }
  | { readonly type: 'dequeue'; readonly key: string; readonly reason: DequeueReason }
  | { readonly type: 'built'; readonly car: number; readonly sha: string }
  /** `key` is the member that would not merge onto the car's base. */
  | { readonly type: 'build-failed'; readonly car: number; readonly key: string; readonly detail: string }
  | {
      readonly type: 'verified';
      readonly car: number;
      readonly sha: string;
      readonly outcome: 'pass' | 'fail' | 'flaky-fail';
      readonly failingGates?: readonly string[];
      readonly evidence?: string;
    }
  | { readonly type: 'main-moved'; readonly sha: string }
  | { readonly type: 'landed'; readonly car: number; readonly sha: string }
  /** The compare-and-swap lost: main is `main` now, not the car's base. */
  | { readonly type: 'land-failed'; readonly car: number; readonly main: string };

export interface BuildMember {
  readonly key: string;
  readonly workOrderId: string;
  readonly headSha: string;
}

export type TrainAction =
  | { readonly type: 'build'; readonly car: number; readonly base: string; readonly members: readonly BuildMember[] }
  | { readonly type: 'verify'; readonly car: number; readonly sha: string; readonly attempt: number }
  /** Fast-forward main from `expectedMain` to `sha` by compare-and-swap; `members` land with it. */
  | { readonly type: 'land'; readonly car: number; readonly sha: string; readonly expectedMain: string; readonly members: readonly string[] }
  | { readonly type: 'cancel'; readonly car: number; readonly sha?: string }
  | { readonly type: 'evict'; readonly eviction: TrainEviction };

export interface TrainStep {
  readonly state: TrainState;
  readonly actions: readonly TrainAction[];
}
