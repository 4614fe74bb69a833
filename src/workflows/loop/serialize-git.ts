import type { Git } from '../../ports/git.ts';

/** Runs async jobs one at a time, in call order. */
export function createMutex(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const result = tail.then(job, job);
    tail = result.catch(() => undefined);
    return result;
  };
}

/**
 * The same git, but worktree add/remove and note writes run one at a time: parallel workers in one
 * repository otherwise race on `.git/worktrees/<name>` and on the notes ref's lock.
 */
export function serializeGit(git: Git): Git {
  const one = createMutex();
  return {
    ...git,
    worktreeAdd: (...args) => one(() => git.worktreeAdd(...args)),
    worktreeRemove: (...args) => one(() => git.worktreeRemove(...args)),
    notesAdd: (...args) => one(() => git.notesAdd(...args)),
  };
}
