import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGitCli } from '../../../src/adapters/git/git-cli.ts';
import { checkScope } from '../../../src/core/gates/check-scope.ts';
import { addedLines, scanSecrets } from '../../../src/core/gates/scan-secrets.ts';
import type { Git } from '../../../src/ports/git.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

// A Windows runner as Git for Windows sets it up: core.autocrlf=true in the user's config.
const token = `ghp_${'a1B2c3D4e5'.repeat(4)}`;

/** A repository with LF and CRLF files, and an agent worktree of it, made through the git adapter. */
async function setup(): Promise<{ git: Git; repo: { dir: string; head: string }; work: string }> {
  const home = await makeTempDir('shopfloor-home-');
  await writeFile(join(home, '.gitconfig'), '[core]\n\tautocrlf = true\n');
  const git = createGitCli({ env: { ...process.env, HOME: home, USERPROFILE: home } });
  const repo = await createGitRepo({
    'src/app.ts': 'export const a = 1;\nexport const b = 2;\n',
    'src/win.ts': 'export const w = 1;\r\nexport const x = 2;\r\n',
    'docs/guide.md': '# Guide\n\nText.\n',
    'legacy/tool.bat': '@echo off\r\necho hi\r\n',
  });
  const work = join(await makeTempDir('shopfloor-wt-'), 'agent');
  await git.worktreeAdd(repo.dir, work, repo.head, { detach: true });
  return { git, repo, work };
}

describe('a checkout on a runner whose git config says core.autocrlf=true', () => {
  it('is byte-exact: LF files stay LF, files committed with CRLF keep CRLF', async () => {
    const { work } = await setup();
    expect(await readFile(join(work, 'src', 'app.ts'), 'utf8')).toBe('export const a = 1;\nexport const b = 2;\n');
    expect(await readFile(join(work, 'docs', 'guide.md'), 'utf8')).toBe('# Guide\n\nText.\n');
    expect(await readFile(join(work, 'legacy', 'tool.bat'), 'utf8')).toBe('@echo off\r\necho hi\r\n');
  });

  it('does not trip the scope gate: only the edited in-scope files are changes', async () => {
    const { git, repo, work } = await setup();
    // An agent on Windows writes CRLF into an LF file and appends to a CRLF one.
    await writeFile(join(work, 'src', 'app.ts'), 'export const a = 1;\r\nexport const b = 3;\r\n');
    await writeFile(join(work, 'src', 'win.ts'), `export const w = 1;\r\nexport const x = 2;\r\nexport const password = "Zx9qL2vB7wN4tR8y";\r\n`);
    const changes = await git.diff(work, repo.head);
    expect(changes.map((change) => change.path).sort()).toEqual(['src/app.ts', 'src/win.ts']);
    expect(checkScope(changes, { paths: ['src/**'] }, { caseInsensitive: true })).toEqual([]);
    expect(checkScope(changes, { paths: ['src/win.ts'] }, { caseInsensitive: true }).map((a) => a.path)).toEqual(['src/app.ts']);
  });

  it('does not blind the secrets gate: secrets on CRLF lines are found on the right line', async () => {
    const { git, repo, work } = await setup();
    await writeFile(join(work, 'src', 'app.ts'), `export const a = 1;\r\nexport const b = 2;\r\nconst t = '${token}';\r\n`);
    await writeFile(join(work, 'src', 'win.ts'), 'export const w = 1;\r\nexport const x = 2;\r\nexport const password = "Zx9qL2vB7wN4tR8y";\r\n');
    const diff = await git.raw(work, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', repo.head, '--']);
    expect(diff.exitCode).toBe(0);
    const found = scanSecrets(addedLines(diff.stdout)).map((a) => `${a.path}:${a.line} ${a.message.split(';')[0]}`);
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/app\.ts:3 GitHub token ghp_/), expect.stringMatching(/^src\/win\.ts:3 "password" is assigned a high-entropy value/)]));
    expect(found.some((line) => line.includes(token))).toBe(false);
  });
});
