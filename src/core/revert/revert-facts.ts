/** The merge a bisect or a human blamed, as git describes it. */
export interface RevertCulprit {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly subject: string;
  readonly body: string;
  /** Committer time in ms since the epoch. */
  readonly committedAtMs: number;
  /** Paths the merge changed against its first parent. */
  readonly files: readonly string[];
  /** Set when the merge brought in a revert (a merged revert branch): it is a revert itself. */
  readonly revertsCommit?: string;
}

/** A first-parent merge that landed after the culprit. */
export interface LaterMerge {
  readonly sha: string;
  readonly subject: string;
  readonly files: readonly string[];
}

/** Reverts Shopfloor made recently; the quotas and the freeze read it. */
export interface RevertLedger {
  readonly createdToday: number;
  readonly autoMergedToday: number;
  /** Revert branches not merged or closed yet (one in flight at a time). */
  readonly inFlight: readonly string[];
  /** Consecutive merged reverts after which the canary was still red. */
  readonly failedInARow: number;
}

/** Everything the revert policy decides from; gathered by a workflow, never fetched here. */
export interface RevertFacts {
  readonly culprit: RevertCulprit;
  readonly nowMs: number;
  /** A canary on a commit after the culprit was GREEN: main already recovered. */
  readonly recoveredAt?: string;
  /** The commit that already reverts the culprit, if any. */
  readonly revertedBy?: string;
  readonly labels: readonly string[];
  readonly laterMerges: readonly LaterMerge[];
  /** Filled in once the revert was attempted in a scratch worktree; conflicts are never auto-resolved. */
  readonly applies?: { readonly ok: true } | { readonly ok: false; readonly conflicts: readonly string[] };
  readonly ledger: RevertLedger;
}
