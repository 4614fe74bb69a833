import type { GitChange } from '../git/git-types.ts';

/** GitHub's file status words (pull request files, compare) as `git diff` letters. */
export const gitStatusOf = { added: 'A', removed: 'D', modified: 'M', renamed: 'R', copied: 'C', changed: 'T', unchanged: 'M' } as const;

/**
 * A file GitHub listed as changed, as a `GitChange`. GitHub's file lists report no modes; "100644" keeps
 * mode-change rules quiet rather than guessing.
 */
export function gitChangeOf(file: { readonly path: string; readonly status: string; readonly fromPath?: string | undefined }): GitChange {
  return { status: gitStatusOf[file.status as keyof typeof gitStatusOf] ?? 'M', path: file.path, ...(file.fromPath ? { fromPath: file.fromPath } : {}), oldMode: '100644', newMode: '100644' };
}
