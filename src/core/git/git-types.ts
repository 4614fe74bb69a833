/** One changed path between two trees, as `git diff --raw` reports it. */
export interface GitChange {
  /** A added, M modified, D deleted, R renamed, C copied, T type changed (file <-> symlink <-> submodule). */
  readonly status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';
  readonly path: string;
  /** The old path of a rename or copy. */
  readonly fromPath?: string;
  readonly oldMode: string;
  readonly newMode: string;
}

export interface GitCommitInfo {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly authorDate: string;
  readonly committerDate: string;
}
