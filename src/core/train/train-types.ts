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
 * A staging commit: `base` plus `members` merged in order. The head car's base is main; every other
 * car's base is the car ahead of it, so car n holds main + every member of cars 1..n.
 */
export interface TrainCar {
  readonly id: number;
  readonly members: readonly string[];
  readonly status: CarStatus;
  readonly base?: string;
  readonly sha?: string;
  /** Verifications started on `sha` (1 on the first run; retries raise it). */
  readonly attempt: number;
  /** The sha a verification passed at; a car lands only when this equals `sha`. */
  readonly verifiedSha?: string;
  readonly failure?: CarFailure;
  /** Part of a failed batch (a suspect riding alone, or a half at depth 1): its members are fixed; it takes no late arrivals. */
  readonly split?: true;
  /** When its verification started, on the driver's clock (from the `built` event), when the driver says. */
  readonly startedAt?: number;
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
  /**
   * Queued keys under suspicion: members of a failed batch. Each rides alone, behind the cars of
   * unsuspected candidates, so it holds up none of them; failing alone evicts it, passing lands it.
   */
  readonly suspects?: readonly string[];
}

/** `merge.train` resolved: how many cars at once, members per car, retries before splitting. */
export interface TrainConfig {
  readonly depth: number;
  readonly batch: number;
  /** Re-verifications of a failed car before it is split or its member evicted. */
  readonly flakyRetries: number;
  /** Retry every failure (the policy allows flakes), not only failures of gates marked flaky. */
  readonly retryEveryFailure: boolean;
}

export type DequeueReason = 'pushed' | 'approval-voided' | 'hold' | 'closed';

export type TrainEvent =
  /** New or updated candidates (an updated head sha replaces the old entry and rebuilds its car). */
  | { readonly type: 'enqueue'; readonly candidates: readonly TrainCandidate[] }
  | { readonly type: 'dequeue'; readonly key: string; readonly reason: DequeueReason }
  /** `at`: the driver's clock when the car's verification starts (lets a failed car wait for runs that started with it). */
  | { readonly type: 'built'; readonly car: number; readonly sha: string; readonly at?: number }
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
