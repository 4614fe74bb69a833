import type { Git } from '../../ports/git.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';

/** A detached (or branch) worktree in its own scratch directory; `close` removes both. */
export interface ScratchWorktree {
  readonly dir: string;
  readonly close: () => Promise<void>;
}

/**
 * Adds a worktree of `rev` under a fresh scratch directory. Its name is unique (git derives the admin
 * directory `.git/worktrees/<name>` from it), and callers add worktrees one at a time: concurrent
 * `git worktree add` in one repository races on those names.
 */
export async function openWorktree(git: Git, scratch: ScratchSpace, repoDir: string, rev: string, options: { branch?: string } = {}): Promise<ScratchWorktree> {
  const parent = await scratch.makeDir('shopfloor-wt-');
  const dir = `${parent}/${parent.split(/[\\/]/).pop()}`;
  const close = async () => {
    await git.worktreeRemove(repoDir, dir);
    await scratch.remove(parent);
  };
  try {
    await git.worktreeAdd(repoDir, dir, rev, options.branch ? { branch: options.branch } : { detach: true });
  } catch (error) {
    await close();
    throw error;
  }
  return { dir, close };
}

/**
 * Runs `body` in a fresh worktree of `rev` and removes it after, whatever happens: the user's checkout
 * (and its dirty files) is never touched.
 */
export async function withWorktree<T>(git: Git, scratch: ScratchSpace, repoDir: string, rev: string, body: (dir: string) => Promise<T>, options: { branch?: string } = {}): Promise<T> {
  const worktree = await openWorktree(git, scratch, repoDir, rev, options);
  try {
    return await body(worktree.dir);
  } finally {
    await worktree.close();
  }
}
