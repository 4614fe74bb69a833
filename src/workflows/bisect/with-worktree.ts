import type { Git } from '../../ports/git.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';

/**
 * Runs `body` in a fresh detached worktree of `rev` under a scratch directory and removes it after,
 * whatever happens: the user's checkout (and its dirty files) is never touched.
 */
export async function withWorktree<T>(git: Git, scratch: ScratchSpace, repoDir: string, rev: string, body: (dir: string) => Promise<T>, options: { branch?: string } = {}): Promise<T> {
  const parent = await scratch.makeDir('shopfloor-wt-');
  const dir = `${parent}/tree`;
  try {
    await git.worktreeAdd(repoDir, dir, rev, options.branch ? { branch: options.branch } : { detach: true });
    return await body(dir);
  } finally {
    await git.worktreeRemove(repoDir, dir);
    await scratch.remove(parent);
  }
}
