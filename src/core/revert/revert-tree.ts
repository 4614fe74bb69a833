/** A path the culprit changed against its first parent, as the compare API reports it. */
export interface CulpritChange {
  readonly path: string;
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  readonly fromPath?: string;
}

/** The modes git gives a blob in a tree: a file, an executable, a symlink (a `040000` tree or `160000` submodule is no blob). */
export const blobModes = ['100644', '100755', '120000'] as const;
export type BlobMode = (typeof blobModes)[number];

/** What the revert tree needs from the culprit's first parent: mode and blob per path. */
export interface ParentEntry {
  readonly path: string;
  readonly mode: BlobMode;
  readonly sha: string;
}

export type RevertTreePlan =
  | { readonly clean: true; readonly entries: readonly { readonly path: string; readonly mode: BlobMode; readonly sha: string | null }[] }
  | { readonly clean: false; readonly reason: string };

/** Every path a change set touches, both sides of a rename. */
export function changedPaths(changes: readonly { readonly path: string; readonly fromPath?: string }[]): string[] {
  return changes.flatMap((change) => (change.fromPath ? [change.fromPath, change.path] : [change.path]));
}

/** The path a revert sets back to its first-parent version: a rename's old name, nothing for an added or copied file. */
export function restorePath(change: CulpritChange): string | undefined {
  return change.status === 'renamed' ? change.fromPath : change.status === 'added' || change.status === 'copied' ? undefined : change.path;
}

/** Paths the App's token cannot write: GitHub refuses workflow files to Apps without the `workflows` permission. */
const workflowPath = /^\.github\/workflows\//;

/**
 * A revert as tree edits on main, when it is clean without a merge: every path the culprit changed is
 * untouched since (main still has the culprit's version), so main's tree with those paths set back to
 * the first parent's blobs, and the culprit's added files deleted, is exactly `git revert -m 1`.
 * Otherwise says why a runner with a real clone must try it (where git can still merge the hunks).
 */
export function planRevertTree(input: { readonly changes: readonly CulpritChange[]; readonly parentEntries: readonly ParentEntry[]; readonly touchedSince: readonly string[]; readonly treeTruncated: boolean }): RevertTreePlan {
  const { changes } = input;
  if (changes.length === 0) return { clean: false, reason: 'the merge changed no files against its first parent' };
  const paths = changedPaths(changes);
  const touched = new Set(input.touchedSince);
  const overlap = [...new Set(paths.filter((path) => touched.has(path)))];
  if (overlap.length) return { clean: false, reason: `later merges changed the same files (${overlap.slice(0, 5).join(', ')}${overlap.length > 5 ? ', …' : ''}), so the revert needs a three-way merge` };
  const workflows = paths.filter((path) => workflowPath.test(path));
  if (workflows.length) return { clean: false, reason: `it touches workflow files (${workflows.slice(0, 3).join(', ')}), which the App may not write` };
  const parent = new Map(input.parentEntries.map((entry) => [entry.path, entry]));
  const entries: { path: string; mode: BlobMode; sha: string | null }[] = [];
  for (const change of changes) {
    if (change.status === 'unchanged') continue;
    const restore = restorePath(change);
    if (change.status !== 'modified' && change.status !== 'changed' && change.status !== 'removed') entries.push({ path: change.path, mode: '100644', sha: null });
    if (!restore) continue;
    const old = parent.get(restore);
    if (!old) return { clean: false, reason: input.treeTruncated ? 'the first parent\'s tree is too large for one API read' : `${restore} is not a file in the first parent (a submodule or a type change)` };
    entries.push({ path: restore, mode: old.mode, sha: old.sha });
  }
  return { clean: true, entries };
}
