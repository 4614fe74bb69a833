import type { Git } from '../../ports/git.ts';

/** How far back main's first-parent history is searched for the commit the checkout still holds. */
const searchDepth = 200;

/**
 * After main's ref moved, brings the user's checkout along when it has main checked out and no
 * uncommitted change: its index must equal the tree of one of main's recent first-parent commits (the
 * one it was synced to, however many merges ago, even across a killed run) and its files the index.
 * Then a two-tree `read-tree -m -u` moves it (which also refuses to overwrite untracked files). A dirty
 * checkout is left exactly as it was. Returns what to tell the user, or undefined when main is not
 * checked out there or nothing needed to move.
 */
export async function bringCheckoutAlong(git: Git, repoDir: string, main: string): Promise<string | undefined> {
  if ((await git.currentBranch(repoDir)) !== main) return undefined;
  const newSha = (await git.revParse(repoDir, `refs/heads/${main}`))!;
  const indexTree = (await git.raw(repoDir, ['write-tree'])).stdout.trim();
  const unstaged = await git.raw(repoDir, ['diff', '--quiet', '--']);
  const history = await git.raw(repoDir, ['log', '--first-parent', `--max-count=${searchDepth}`, '--format=%H %T', newSha]);
  const synced = history.stdout.split('\n').map((line) => line.split(' ')).find(([, tree]) => tree === indexTree)?.[0];
  if (synced === newSha) return undefined;
  const catchUp = 'commit or stash your changes, then: git reset --keep main  (or git read-tree -m -u <the commit you were on> main)';
  if (!synced || unstaged.exitCode !== 0) {
    return `main moved to ${newSha.slice(0, 12)}, but your checkout of main has uncommitted changes, so it was left as it was (git status will show main's new commits as undone); ${catchUp}`;
  }
  const moved = await git.raw(repoDir, ['read-tree', '-m', '-u', synced, newSha]);
  if (moved.exitCode !== 0) return `main moved to ${newSha.slice(0, 12)}, but your checkout could not follow (${moved.stderr.trim()}); ${catchUp}`;
  return `your checkout of main moved along to ${newSha.slice(0, 12)}`;
}
