import type { Git } from '../../ports/git.ts';

/**
 * The merge base of `head` with the first of `candidates` that exists, or `head` itself (an empty change)
 * when none does. Callers order the candidates: a runner prefers `origin/...`, a laptop its local branch.
 */
export async function mergeBaseWithFirst(git: Git, root: string, candidates: readonly string[], head: string): Promise<string> {
  for (const candidate of candidates) {
    if (!(await git.revParse(root, candidate))) continue;
    const mergeBase = await git.raw(root, ['merge-base', candidate, head]);
    if (mergeBase.exitCode === 0) return mergeBase.stdout.trim();
  }
  return head;
}
