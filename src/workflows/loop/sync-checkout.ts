import type { Git } from '../../ports/git.ts';

/**
 * After main's ref moved from `oldSha` to `newSha`, brings the user's checkout along when it has main
 * checked out and no uncommitted change to tracked files (a two-tree `read-tree -m -u`, which also
 * refuses to overwrite untracked files). A dirty checkout is left exactly as it was. Returns what to
 * tell the user, or undefined when main is not checked out there.
 */
export async function bringCheckoutAlong(git: Git, repoDir: string, main: string, oldSha: string, newSha: string): Promise<string | undefined> {
  if ((await git.currentBranch(repoDir)) !== main) return undefined;
  const unstaged = await git.raw(repoDir, ['diff', '--quiet', oldSha, '--']);
  const staged = await git.raw(repoDir, ['diff', '--cached', '--quiet', oldSha, '--']);
  const catchUp = `git read-tree -m -u ${oldSha.slice(0, 12)} ${main}`;
  if (unstaged.exitCode !== 0 || staged.exitCode !== 0) {
    return `main moved to ${newSha.slice(0, 12)}, but your checkout of main has uncommitted changes, so it was left as it was (git status will show main's new commits as undone); to catch up keeping your changes: ${catchUp}`;
  }
  const moved = await git.raw(repoDir, ['read-tree', '-m', '-u', oldSha, newSha]);
  if (moved.exitCode !== 0) return `main moved to ${newSha.slice(0, 12)}, but your checkout could not follow (${moved.stderr.trim()}); resolve that, then: ${catchUp}`;
  return `your checkout of main moved along to ${newSha.slice(0, 12)}`;
}
