import type { Git } from '../../ports/git.ts';

export type MergeTree = { readonly ok: true; readonly tree: string } | { readonly ok: false; readonly conflicts: readonly string[] };

/**
 * The tree `git merge main branch` would produce, computed without a checkout (`merge-tree
 * --write-tree`), so parallel workers never share an integration worktree; conflicts come back as data.
 */
export async function mergeTree(git: Git, repoDir: string, mainSha: string, branchSha: string): Promise<MergeTree> {
  const result = await git.raw(repoDir, ['merge-tree', '--write-tree', '--name-only', '--no-messages', mainSha, branchSha]);
  const [tree, ...rest] = result.stdout.split('\n').filter(Boolean);
  if (result.exitCode === 0 && tree) return { ok: true, tree };
  if (result.exitCode === 1) return { ok: false, conflicts: rest };
  throw new Error(`git merge-tree ${mainSha.slice(0, 12)} ${branchSha.slice(0, 12)} failed: ${result.stderr.trim()}`);
}

/** A merge commit of `tree` with parents main (first) and the branch: the candidate main would become. */
export async function commitMerge(git: Git, repoDir: string, tree: string, parents: readonly [string, string], message: string): Promise<string> {
  const result = await git.raw(repoDir, ['commit-tree', tree, '-p', parents[0], '-p', parents[1], '-m', message]);
  if (result.exitCode !== 0) throw new Error(`git commit-tree failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}
