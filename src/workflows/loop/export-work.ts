import type { Git } from '../../ports/git.ts';

/**
 * Shares a finished agent branch: pushed to the first remote when there is one, otherwise written as a
 * `git format-patch` series under `<patchesDir>/<work-order-id>/` (applied elsewhere with `git am`).
 */
export async function exportWork(git: Git, repoDir: string, input: { readonly workOrderId: string; readonly branch: string; readonly base: string; readonly patchesDir: string; readonly resetDir: (dir: string) => Promise<void> }): Promise<string> {
  const remotes = await git.remotes(repoDir);
  if (remotes.length > 0) {
    const remote = remotes.includes('origin') ? 'origin' : remotes[0]!;
    try {
      await git.push(repoDir, remote, [`refs/heads/${input.branch}:refs/heads/${input.branch}`]);
      return `pushed ${input.branch} to ${remote}`;
    } catch (error) {
      return `could not push ${input.branch} to ${remote} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the branch is still local`;
    }
  }
  const dir = `${input.patchesDir}/${input.workOrderId}`;
  await input.resetDir(dir);
  await git.formatPatch(repoDir, `${input.base}..${input.branch}`, dir);
  const count = (await git.raw(repoDir, ['rev-list', '--count', `${input.base}..${input.branch}`])).stdout.trim();
  return `${count} patch(es) in ${dir} (apply with git am)`;
}
