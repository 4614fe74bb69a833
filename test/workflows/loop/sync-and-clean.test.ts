import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStale } from '../../../src/workflows/loop/clean-stale.ts';
import { bringCheckoutAlong } from '../../../src/workflows/loop/sync-checkout.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** Moves main two commits ahead without touching the checkout, as the loop's compare-and-swap does. */
async function advanceMainBehindCheckout(dir: string, git: Awaited<ReturnType<typeof createGitRepo>>['git'], head: string): Promise<string> {
  const side = await makeTempDir('shopfloor-side-');
  await git.worktreeAdd(dir, join(side, 'wt'), head, { detach: true });
  await writeFile(join(side, 'wt', 'a.txt'), 'one\n');
  await git.addAll(join(side, 'wt'));
  await git.commit(join(side, 'wt'), 'one');
  await writeFile(join(side, 'wt', 'b.txt'), 'two\n');
  await git.addAll(join(side, 'wt'));
  const tip = await git.commit(join(side, 'wt'), 'two');
  await git.worktreeRemove(dir, join(side, 'wt'));
  expect(await git.updateRef(dir, 'refs/heads/main', tip, head)).toBe(true);
  return tip;
}

describe('bringCheckoutAlong', () => {
  it('moves a clean checkout of main along, even several commits behind', async () => {
    const { dir, git, head } = await createGitRepo({ 'README.md': '# r\n' });
    const tip = await advanceMainBehindCheckout(dir, git, head);
    expect(await bringCheckoutAlong(git, dir, 'main')).toContain(`moved along to ${tip.slice(0, 12)}`);
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('two\n');
    expect(await git.status(dir)).toEqual([]);
    expect(await bringCheckoutAlong(git, dir, 'main')).toBeUndefined();
  });

  it('leaves uncommitted work exactly as it was and says how to catch up', async () => {
    const { dir, git, head } = await createGitRepo({ 'README.md': '# r\n' });
    await writeFile(join(dir, 'README.md'), '# mine\n');
    await advanceMainBehindCheckout(dir, git, head);
    expect(await bringCheckoutAlong(git, dir, 'main')).toContain('uncommitted changes, so it was left as it was');
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe('# mine\n');
    expect(existsSync(join(dir, 'b.txt'))).toBe(false);
  });

  it('does nothing when another branch is checked out', async () => {
    const { dir, git, head } = await createGitRepo({ 'README.md': '# r\n' });
    await git.raw(dir, ['checkout', '-q', '-b', 'topic']);
    await advanceMainBehindCheckout(dir, git, head);
    expect(await bringCheckoutAlong(git, dir, 'main')).toBeUndefined();
  });
});

describe('cleanStale', () => {
  it('removes leftover worktrees, empty agent branches and unfinished revert branches; keeps agent work', async () => {
    const { dir, git, head } = await createGitRepo({ 'README.md': '# r\n' });
    const worktrees = join(await makeTempDir('shopfloor-wts-'), 'worktrees');
    await mkdir(worktrees, { recursive: true });
    await git.worktreeAdd(dir, join(worktrees, 'run-1-agent'), head, { branch: 'agent/empty/00000001' });
    await git.worktreeAdd(dir, join(worktrees, 'run-2-agent'), head, { branch: 'agent/done/00000002' });
    await writeFile(join(worktrees, 'run-2-agent', 'x.txt'), 'x\n');
    await git.addAll(join(worktrees, 'run-2-agent'));
    await git.commit(join(worktrees, 'run-2-agent'), 'done: x\n\nShopfloor-Work-Order: done\n');
    await git.createBranch(dir, 'shopfloor/revert/abcdefabcdef', head);

    const cleaned = await cleanStale(git, dir, 'refs/heads/main', worktrees, async () => undefined);
    expect(cleaned).toEqual(expect.arrayContaining(['branch agent/empty/00000001', 'branch shopfloor/revert/abcdefabcdef']));
    expect((await git.raw(dir, ['worktree', 'list'])).stdout.trim().split('\n')).toHaveLength(1);
    expect(await git.revParse(dir, 'refs/heads/agent/done/00000002')).toBeDefined();
    expect(await git.revParse(dir, 'refs/heads/agent/empty/00000001')).toBeUndefined();
  });

  it('removes an empty agent branch a killed run made right after a merge, and keeps the merged agent branch', async () => {
    const { dir, git, head } = await createGitRepo({ 'README.md': '# r\n' });
    const worktrees = join(await makeTempDir('shopfloor-wts-'), 'worktrees');
    await git.createBranch(dir, 'agent/done/00000002', head);
    await git.checkout(dir, 'agent/done/00000002');
    // Git dates have one-second steps: the agent commit must be newer than main's, as it always is in a run.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await writeFile(join(dir, 'x.txt'), 'x\n');
    await git.addAll(dir);
    await git.commit(dir, 'done: x\n\nShopfloor-Work-Order: done\n');
    await git.checkout(dir, 'main');
    await git.raw(dir, ['merge', '--no-ff', '-q', '-m', 'Merge done: x\n\nWork-Order: done\nReport-Digest: sha256:00', 'agent/done/00000002']);
    // The next dispatch's branch, made at main (a merge whose second parent is an agent commit), then killed.
    await git.createBranch(dir, 'agent/next/00000003', 'main');

    const cleaned = await cleanStale(git, dir, 'refs/heads/main', worktrees, async () => undefined);
    expect(cleaned).toContain('branch agent/next/00000003');
    expect(await git.revParse(dir, 'refs/heads/agent/next/00000003')).toBeUndefined();
    expect(await git.revParse(dir, 'refs/heads/agent/done/00000002')).toBeDefined();
  });
});
