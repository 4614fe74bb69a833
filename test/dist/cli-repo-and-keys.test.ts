import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { requireGit } from '../helpers/git-repo.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('dist/cli.js: nothing private can be committed', () => {
  it('init ignores .shopfloor/, and keygen writes the key 0600 in a 0700 directory that git add -A skips', async () => {
    requireGit();
    const dir = await makeTempDir();
    execFileSync('git', ['init', '-q', '-b', 'main', dir]);
    const init = await runBuiltCli(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created  .gitignore');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toContain('.shopfloor/\n');
    const keygen = await runBuiltCli(['report', 'keygen', '--json'], { cwd: dir });
    expect(keygen.code).toBe(0);
    const { privateKeyFile } = JSON.parse(keygen.stdout) as { privateKeyFile: string };
    expect(statSync(privateKeyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, '.shopfloor', 'keys')).mode & 0o777).toBe(0o700);
    execFileSync('git', ['add', '-A'], { cwd: dir });
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: dir, encoding: 'utf8' });
    expect(staged).not.toContain('.shopfloor');
    expect(staged).toContain('.github/shopfloor.yml');
  });

  it('keeps a user .gitignore and appends the line once', async () => {
    const dir = await makeTempDir();
    execFileSync('git', ['init', '-q', '-b', 'main', dir]);
    await runBuiltCli(['report', 'keygen'], { cwd: dir, input: '' });
    await writeFile(join(dir, '.gitignore'), 'node_modules');
    await runBuiltCli(['init'], { cwd: dir });
    const second = await runBuiltCli(['init'], { cwd: dir });
    expect(second.stdout).toContain('kept     .gitignore');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toMatch(/^node_modules\n(#.*\n)?\.shopfloor\/\n$/);
  });
});

describe('dist/cli.js: a --repo that names no directory', () => {
  const commands: readonly (readonly string[])[] = [
    ['init'], ['new', 'wo-1', '--title', 'x'], ['validate'], ['roadmap'], ['verify'], ['run', '--once'], ['metrics'],
    ['canary'], ['bisect', '--good', 'HEAD~1', '--run', 'true'], ['report', 'keygen'], ['serve', '--port', '0'],
  ];
  it.each(commands)('%s exits 2 with one line and creates nothing', async (...args) => {
    const dir = await makeTempDir();
    const result = await runBuiltCli([...args, '--repo', 'no-such-dir'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')[0]).toBe(`shopfloor: --repo "no-such-dir": ${join(dir, 'no-such-dir')} does not exist; pass the directory of a repository`);
    expect(result.stderr).not.toContain('internal error');
    expect(await readdir(dir)).toEqual([]);
  });

  it('metrics in a repository without commits says so', async () => {
    requireGit();
    const dir = await makeTempDir();
    execFileSync('git', ['init', '-q', '-b', 'main', dir]);
    const result = await runBuiltCli(['metrics'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no commits yet');
    expect(existsSync(join(dir, '.git'))).toBe(true);
  });
});
