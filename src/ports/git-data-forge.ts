import type { BlobMode } from '../core/revert/revert-tree.ts';

/** A commit as the forge's git data and compare APIs describe it. */
export interface ForgeCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  /** The whole message: subject, blank line, body and trailers. */
  readonly message: string;
  /** Committer time, ISO 8601. */
  readonly committedAt: string;
  readonly treeSha: string;
}

/** One path a comparison changed (`fromPath`: the old name of a rename). */
export interface ForgeFileChange {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly fromPath?: string;
}

/**
 * `base...head`: the commits reachable from head but not base (oldest first, at most 250) and the files
 * changed since their merge base (at most 300). `truncated` says either list was cut, so callers that need
 * the whole story hand the job to a runner with a real clone; `filesTruncated` says the file list was.
 * `baseSha` is the commit `base` named when GitHub compared: a branch name is resolved in the same answer.
 */
export interface CommitComparison {
  readonly status: 'ahead' | 'behind' | 'identical' | 'diverged';
  readonly baseSha: string;
  readonly commits: readonly ForgeCommit[];
  readonly files: readonly ForgeFileChange[];
  readonly truncated: boolean;
  readonly filesTruncated: boolean;
}

/** A blob in a tree: what a revert puts back. */
export interface ForgeTreeEntry {
  readonly path: string;
  readonly mode: BlobMode;
  readonly sha: string;
}

/** A tree entry to write: `sha: null` deletes the path. */
export interface TreeEntryWrite {
  readonly path: string;
  readonly mode: BlobMode;
  readonly sha: string | null;
}

/** A pull request as list endpoints return it: enough for quotas, evidence and `/shopfloor revert`. */
export interface PullSummary {
  readonly number: number;
  readonly url: string;
  readonly title: string;
  readonly headRef: string;
  readonly baseRef: string;
  readonly state: 'open' | 'closed';
  readonly labels: readonly string[];
  readonly createdAt: string;
  readonly mergedAt?: string;
  readonly mergeCommitSha?: string;
}
