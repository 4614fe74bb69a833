/** One member merged into a staging branch: its new tip, or the conflict GitHub reported. */
export type StagingMerge =
  | { readonly ok: true; readonly sha: string }
  | { readonly ok: false; readonly reason: 'conflict'; readonly message: string };

/** A compare-and-swap move of a branch: `conflict` when it is no longer at `from` (or the move is not a fast-forward). */
export type BranchMove = { readonly ok: true } | { readonly ok: false; readonly reason: 'conflict' | 'missing'; readonly message: string };

/**
 * The git writes the merge train needs on the forge: staging branches built by real merges on the forge's
 * side (no clone), main moved only forward, and whether the repository already has a merge queue of its own.
 */
export interface TrainForge {
  /** Points `refs/heads/<branch>` at `sha`: creates it, or moves it there (forced) when it exists. Staging branches only, never main. */
  readonly setBranch: (repo: string, branch: string, sha: string) => Promise<void>;
  /** Merges `headSha` into `branch` with `message` (a merge commit; a head already contained is a no-op that returns the tip). */
  readonly mergeIntoBranch: (repo: string, branch: string, headSha: string, message: string) => Promise<StagingMerge>;
  /** Moves `branch` from `from` to `to` only if that is a fast-forward and the branch is still at `from`. */
  readonly fastForwardBranch: (repo: string, branch: string, from: string, to: string) => Promise<BranchMove>;
  /** Deletes a staging branch (gone already is fine). */
  readonly deleteBranch: (repo: string, branch: string) => Promise<void>;
  /** Whether an active ruleset requires GitHub's merge queue on `branch`. */
  readonly hasGitHubMergeQueue: (repo: string, branch: string) => Promise<boolean>;
}
