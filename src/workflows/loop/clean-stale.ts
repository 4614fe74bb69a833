import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import type { Git } from '../../ports/git.ts';

/**
 * Undoes what a killed run left behind: worktrees under `worktreesDir` (removed, then pruned), agent
 * branches with no commit of their own (an agent killed before publishing), and revert branches that
 * never reached main. Agent branches with commits stay: the next dispatch reuses them.
 */
export async function cleanStale(git: Git, repoDir: string, main: string, worktreesDir: string, removeDir: (dir: string) => Promise<void>): Promise<string[]> {
  const cleaned: string[] = [];
  const listing = await git.raw(repoDir, ['worktree', 'list', '--porcelain']);
  const paths = listing.stdout.split('\n').filter((line) => line.startsWith('worktree ')).map((line) => line.slice('worktree '.length));
  for (const path of paths.filter((p) => p.startsWith(worktreesDir))) {
    await git.raw(repoDir, ['worktree', 'remove', '--force', '--force', path]);
    cleaned.push(`worktree ${path}`);
  }
  await removeDir(worktreesDir);
  await git.raw(repoDir, ['worktree', 'prune']);
  const refs = await git.raw(repoDir, ['for-each-ref', '--format=%(refname)', 'refs/heads/agent/', 'refs/heads/shopfloor/revert/']);
  for (const ref of refs.stdout.split('\n').filter(Boolean)) {
    const isRevert = ref.startsWith('refs/heads/shopfloor/revert/');
    // An agent branch still at its base has no publisher commit: its tip is not one (those carry the
    // trailer naming its own work order). Only the tip counts: `log -2` would also list the newer parent
    // of a merge on main, an earlier work order's publisher commit, and keep an empty branch made there.
    const tip = await git.raw(repoDir, ['log', '-1', '--format=%B', ref]);
    const own = parseAgentBranch(ref)?.workOrderId;
    // A revert branch is stale unless it holds its revert commit and reached main; a run killed between
    // creating it and committing leaves it at main's own commit, which must not count as "merged".
    const stale = isRevert ? !tip.stdout.includes('This reverts commit') || !(await git.isAncestor(repoDir, ref, main)) : !own || !new RegExp(`^Shopfloor-Work-Order: ${own}$`, 'm').test(tip.stdout);
    if (stale) {
      await git.deleteRef(repoDir, ref);
      cleaned.push(`branch ${ref.replace('refs/heads/', '')}`);
    }
  }
  return cleaned;
}
