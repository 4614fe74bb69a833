import { describe, expect, it } from 'vitest';
import { adoptMain, checkMain, ledgerRef, moveMain } from '../../../src/workflows/loop/main-ledger.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';

async function commitOn(dir: string, git: Awaited<ReturnType<typeof createGitRepo>>['git'], file: string): Promise<string> {
  await writeFiles(dir, { [file]: `${file}\n` });
  await git.addAll(dir);
  return git.commit(dir, `add ${file}`);
}

describe('the main ledger', () => {
  it('adopts main as the operator left it, and says what reached it outside the loop since', async () => {
    const { dir, git, head } = await createGitRepo();
    expect(await adoptMain(git, dir, 'main')).toEqual({ sha: head });
    expect(await git.revParse(dir, ledgerRef('main'))).toBe(head);
    const theirs = await commitOn(dir, git, 'by-hand.txt');
    const adopted = await adoptMain(git, dir, 'main');
    expect(adopted.sha).toBe(theirs);
    expect(adopted.note).toContain('1 commit(s) reached main outside the loop since its last run');
    expect(adopted.note).toContain('"add by-hand.txt"');
  });

  it('moves main and the ledger together, and sees a main moved by anything else', async () => {
    const { dir, git, head } = await createGitRepo();
    await adoptMain(git, dir, 'main');
    const next = await commitOn(dir, git, 'merge.txt');
    await git.updateRef(dir, 'refs/heads/main', head, next);
    expect(await moveMain(git, dir, 'main', next, head)).toBe(true);
    expect(await checkMain(git, dir, 'main')).toEqual({ ok: true, sha: next });
    // A stale compare-and-swap moves neither ref.
    expect(await moveMain(git, dir, 'main', head, 'f'.repeat(40))).toBe(false);
    expect(await git.revParse(dir, ledgerRef('main'))).toBe(next);
    // Judged code (or anything else) moves main: the loop must notice and stop.
    const planted = await commitOn(dir, git, 'evil.yml');
    const check = await checkMain(git, dir, 'main');
    expect(check).toMatchObject({ ok: false, sha: planted });
    expect(!check.ok && check.message).toContain('which Shopfloor did not merge');
    // And the ledger's compare-and-swap refuses to carry on from the planted commit.
    expect(await moveMain(git, dir, 'main', head, planted)).toBe(false);
  });
});
