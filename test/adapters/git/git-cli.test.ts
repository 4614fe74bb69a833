import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles, createGitRepo } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('git CLI adapter (real repositories)', () => {
  it('commits, diffs with renames and deletions, and logs first-parent merges', async () => {
    const { dir, git, head } = await createGitRepo({ 'a.txt': 'a\n'.repeat(20), 'b.txt': 'b\n' });
    await git.createBranch(dir, 'feature', head);
    await git.checkout(dir, 'feature');
    await git.raw(dir, ['mv', 'a.txt', 'renamed.txt']);
    await git.raw(dir, ['rm', '-q', 'b.txt']);
    await writeFiles(dir, { 'c.txt': 'c\n' });
    await git.addAll(dir);
    const featureHead = await git.commit(dir, 'feature work');
    expect(await git.diff(dir, head, featureHead)).toEqual([
      { status: 'D', path: 'b.txt', oldMode: '100644', newMode: '000000' },
      { status: 'A', path: 'c.txt', oldMode: '000000', newMode: '100644' },
      { status: 'R', fromPath: 'a.txt', path: 'renamed.txt', oldMode: '100644', newMode: '100644' },
    ]);
    await git.checkout(dir, 'main');
    const merged = await git.merge(dir, 'feature', 'Merge feature\n\nWork-Order: wo-1');
    expect(merged.ok).toBe(true);
    const log = await git.log(dir, { from: head, to: 'main', firstParent: true });
    expect(log.map((c) => c.subject)).toEqual(['Merge feature']);
    expect(log[0]!.parents).toHaveLength(2);
    expect(log[0]!.body).toBe('Work-Order: wo-1');
  });

  it('returns a merge conflict as data and leaves the tree clean', async () => {
    const { dir, git, head } = await createGitRepo({ 'x.txt': 'base\n' });
    await git.createBranch(dir, 'other', head);
    await writeFile(join(dir, 'x.txt'), 'main\n');
    await git.addAll(dir);
    await git.commit(dir, 'main change');
    await git.checkout(dir, 'other');
    await writeFile(join(dir, 'x.txt'), 'other\n');
    await git.addAll(dir);
    await git.commit(dir, 'other change');
    await git.checkout(dir, 'main');
    const result = await git.merge(dir, 'other', 'merge');
    expect(result).toMatchObject({ ok: false, conflicts: ['x.txt'] });
    expect(await git.status(dir)).toEqual([]);
  });

  it('updates refs with compare-and-swap and stores notes', async () => {
    const { dir, git, head } = await createGitRepo();
    expect(await git.updateRef(dir, 'refs/shopfloor/canary/last-good', head, '')).toBe(true);
    const second = await git.commit(dir, 'second', { allowEmpty: true });
    expect(await git.updateRef(dir, 'refs/shopfloor/canary/last-good', second, second)).toBe(false);
    expect(await git.updateRef(dir, 'refs/shopfloor/canary/last-good', second, head)).toBe(true);
    await git.notesAdd(dir, 'refs/notes/shopfloor', second, '{"report":1}');
    expect(await git.notesShow(dir, 'refs/notes/shopfloor', second)).toBe('{"report":1}\n');
  });

  it('refuses option-looking revisions instead of passing them to git', async () => {
    const { dir, git } = await createGitRepo();
    await expect(git.revParse(dir, '--upload-pack=evil')).rejects.toThrow('not a plain revision');
  });

  it('reverts a merge with mainline 1', async () => {
    const { dir, git, head } = await createGitRepo({ 'f.txt': 'one\n' });
    await git.createBranch(dir, 'topic', head);
    await git.checkout(dir, 'topic');
    await writeFiles(dir, { 'g.txt': 'new\n' });
    await git.addAll(dir);
    await git.commit(dir, 'add g');
    await git.checkout(dir, 'main');
    const merge = await git.merge(dir, 'topic', 'Merge topic');
    if (!merge.ok) throw new Error('merge failed');
    const revert = await git.revert(dir, merge.sha, { mainline: 1 });
    expect(revert.ok).toBe(true);
    expect(await git.lsFiles(dir)).toEqual(['f.txt']);
  });

  it('initialises a repository in a new directory', async () => {
    const base = await makeTempDir();
    const { git } = await createGitRepo();
    await git.init(join(base, 'fresh'));
    expect(await git.currentBranch(join(base, 'fresh'))).toBe('main');
  });
});

describe('git CLI hardening', () => {
  it('never runs hooks or an fsmonitor planted in the repository config', async () => {
    const { dir, git } = await createGitRepo({ 'a.txt': 'a\n' });
    const marker = join(dir, 'pwned');
    await writeFiles(dir, { '.git/hooks/post-commit': `#!/bin/sh\ntouch ${marker}\n` });
    await git.raw(dir, ['config', 'core.fsmonitor', `touch ${marker}`]);
    await import('node:fs/promises').then((fs) => fs.chmod(join(dir, '.git/hooks/post-commit'), 0o755));
    await writeFiles(dir, { 'b.txt': 'b\n' });
    await git.addAll(dir);
    await git.commit(dir, 'second');
    await git.status(dir);
    await expect(import('node:fs/promises').then((fs) => fs.access(marker))).rejects.toThrow();
  });
});
