import type { GitChange, GitCommitInfo } from '../core/git/git-types.ts';

export type { GitChange, GitCommitInfo };

/** The outcome of an operation that can conflict; a conflict is data and leaves the tree as it was. */
export type GitApplyResult = { readonly ok: true; readonly sha: string } | { readonly ok: false; readonly conflicts: readonly string[]; readonly message: string };

/**
 * Git, addressed by repository directory. Every method takes argv-safe values; paths and revisions
 * never reach a shell, and paths follow `--`.
 */
export interface Git {
  readonly init: (dir: string, options?: { initialBranch?: string }) => Promise<void>;
  readonly revParse: (dir: string, rev: string) => Promise<string | undefined>;
  readonly treeOf: (dir: string, rev: string) => Promise<string>;
  readonly isAncestor: (dir: string, ancestor: string, descendant: string) => Promise<boolean>;
  readonly currentBranch: (dir: string) => Promise<string | undefined>;
  /** `git status --porcelain` lines; empty means a clean work tree. */
  readonly status: (dir: string) => Promise<readonly string[]>;
  /** Commits from `from` (exclusive) to `to` (inclusive), oldest first; first-parent only when asked. */
  readonly log: (dir: string, range: { from?: string; to: string; firstParent?: boolean; max?: number }) => Promise<readonly GitCommitInfo[]>;
  readonly diff: (dir: string, base: string, head?: string) => Promise<readonly GitChange[]>;
  readonly show: (dir: string, rev: string, path: string) => Promise<string | undefined>;
  readonly addAll: (dir: string, paths?: readonly string[]) => Promise<void>;
  readonly commit: (dir: string, message: string, options?: { allowEmpty?: boolean; author?: string; date?: string }) => Promise<string>;
  readonly createBranch: (dir: string, name: string, startPoint: string) => Promise<void>;
  readonly checkout: (dir: string, rev: string) => Promise<void>;
  readonly worktreeAdd: (dir: string, path: string, rev: string, options?: { branch?: string; detach?: boolean }) => Promise<void>;
  readonly worktreeRemove: (dir: string, path: string) => Promise<void>;
  /** Merge `rev` into the checked-out branch with a merge commit; aborts cleanly on conflict. */
  readonly merge: (dir: string, rev: string, message: string, options?: { noFastForward?: boolean }) => Promise<GitApplyResult>;
  /** Revert a commit (a merge with `mainline: 1`); aborts cleanly on conflict. */
  readonly revert: (dir: string, sha: string, options?: { mainline?: number; message?: string }) => Promise<GitApplyResult>;
  /** Compare-and-swap a ref: fails (returns false) when it no longer points at `expectedOld`. */
  readonly updateRef: (dir: string, ref: string, newSha: string, expectedOld?: string) => Promise<boolean>;
  readonly deleteRef: (dir: string, ref: string) => Promise<void>;
  /** Moves several refs in one transaction, each by compare-and-swap (`''` = must not exist): all or none. */
  readonly updateRefs: (dir: string, updates: readonly { readonly ref: string; readonly newSha: string; readonly expectedOld: string }[]) => Promise<boolean>;
  readonly notesAdd: (dir: string, ref: string, sha: string, text: string) => Promise<void>;
  readonly notesShow: (dir: string, ref: string, sha: string) => Promise<string | undefined>;
  readonly remotes: (dir: string) => Promise<readonly string[]>;
  readonly push: (dir: string, remote: string, refspecs: readonly string[]) => Promise<void>;
  readonly formatPatch: (dir: string, range: string, outputDir: string) => Promise<readonly string[]>;
  readonly lsFiles: (dir: string) => Promise<readonly string[]>;
  /** Escape hatch for read-only queries the port does not name yet. */
  readonly raw: (dir: string, args: readonly string[]) => Promise<{ exitCode: number; stdout: string; stderr: string }>;
  /** `git reset --mixed <rev>`: moves HEAD (and the branch) to `rev`, unstages everything, keeps the work tree. */
  readonly resetMixed: (dir: string, rev: string) => Promise<void>;
  /** Paths staged relative to `rev` (`git diff --cached --name-only`), for checking what a commit will hold. */
  readonly stagedPaths: (dir: string, rev: string) => Promise<readonly string[]>;
  /**
   * A work copy for code under judgement: a separate clone of `rev` at `dir` (own refs, index and config,
   * no remote), borrowing `repoDir`'s objects through alternates, never a worktree of it. Returns the
   * object stores it borrows, which a sandbox must offer read-only.
   */
  readonly cloneWorkCopy: (repoDir: string, dir: string, rev: string, options?: { branch?: string }) => Promise<{ readonly objectStores: readonly string[] }>;
  /** Removes a work copy made by `cloneWorkCopy`, with everything a judged process left in it. */
  readonly removeWorkCopy: (dir: string) => Promise<void>;
  /** A bare repository at `dir` that borrows `objectStores` (a private git dir Shopfloor alone writes). */
  readonly initBare: (dir: string, objectStores: readonly string[]) => Promise<void>;
  /**
   * This Git with every command run as `git --git-dir=<gitDir> --work-tree=<dir>`: the work tree's own
   * `.git` (and any config, hooks or filters a judged process planted there) is never read.
   */
  readonly withGitDir: (gitDir: string) => Git;
  /** Fetches `from`'s ref `ref` into `repoDir` as `into` (objects copied, nothing else of `from` read). */
  readonly fetchRef: (repoDir: string, from: string, ref: string, into: string) => Promise<void>;
}

/** Broken infrastructure (git missing, repository corrupt): not an expected outcome. */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(message: string, readonly args: readonly string[], readonly stderr: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
