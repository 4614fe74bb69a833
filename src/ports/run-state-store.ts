/** The newest commit of a run's state ref: its SHA (the compare-and-swap token), tree and message. */
export interface StoredRunCommit {
  readonly sha: string;
  readonly treeSha: string;
  readonly message: string;
}

/** A compare-and-swap write: `conflict` when the ref moved since `parent` was read (nothing was written). */
export type RunRefWrite = { readonly ok: true; readonly commit: StoredRunCommit } | { readonly ok: false; readonly reason: 'conflict' };

/**
 * A chain of commits on one ref per run (`refs/shopfloor/runs/<run id>`), moved only forward: a write
 * names the commit it read as its parent and lands only if the ref still points there (GitHub: a
 * fast-forward update with `force: false`; the first write creates the ref and loses if it exists).
 */
export interface RunStateStore {
  /** The ref's newest commit; `known` is returned as is (no second read) when the ref still points at it. */
  readonly readRunRef: (repo: string, ref: string, known?: StoredRunCommit) => Promise<StoredRunCommit | undefined>;
  /** `tree`: for the first commit, any tree the repository has (saves making the one-file tree); ignored with a parent. */
  readonly advanceRunRef: (repo: string, ref: string, message: string, parent: StoredRunCommit | undefined, tree?: string) => Promise<RunRefWrite>;
}
