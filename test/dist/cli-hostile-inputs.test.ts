import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { writeFiles } from '../helpers/git-repo.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const valid = (id: string, extra = '') => `apiVersion: shopfloor/v1\nid: ${id}\ntitle: T\ngoal: G\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: [works]\n${extra}`;

describe('dist/cli.js validate: every problem in one pass, in words a user can act on', () => {
  it('reports the id/file mismatch, escaping scopes, an unknown key and an unknown provider together', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, {
      '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\nagents:\n  providers:\n    local:\n      type: replay\n',
      'workorders/wo-1.yml': 'apiVersion: shopfloor/v1\nid: wo-2\ntitle: T\ngoal: G\nkind: feature\nscope:\n  paths: ["../x", "src\\\\y"]\nacceptance:\n  criteria: [works]\nagent:\n  provider: nope\ncolour: red\n',
    });
    const result = await runBuiltCli(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('unknown key "colour"');
    expect(result.stdout).toContain('does not match the file name "wo-1.yml"');
    expect(result.stdout).toMatch(/scope\.paths\[0\]/);
    expect(result.stdout).toMatch(/scope\.paths\[1\]/);
    expect(result.stdout).toContain('provider "nope" is not declared');
  });

  it('says a missing apiVersion is required, and a too-deep file nests too deeply', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'workorders/a.yml': valid('a').replace('apiVersion: shopfloor/v1\n', ''), 'workorders/b.yml': `${valid('b')}goalx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n` });
    const result = await runBuiltCli(['validate'], { cwd: dir });
    expect(result.stdout).toContain('workorders/a.yml:1:1 apiVersion: is required; add it with the value "shopfloor/v1"');
    expect(result.stdout).not.toContain('undefined');
    expect(result.stdout).not.toContain('Maximum call stack');
    expect(result.stdout).toMatch(/workorders\/b\.yml:\d+:\d+ .*nests too deeply/);
  });

  it('caps durations below Node\'s timer limit', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'workorders/a.yml': valid('a', 'budget:\n  wallClock: 30d\n') });
    const result = await runBuiltCli(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('budget.wallClock: is longer than 24 days');
  });

  it('reads only regular files inside the repository: no hang, no crash, no leaked content', async () => {
    const dir = await makeTempDir();
    await mkdir(join(dir, 'workorders', 'x.yml'), { recursive: true });
    await symlink('loop.yml', join(dir, 'workorders', 'loop.yml'));
    await symlink('/dev/zero', join(dir, 'workorders', 'zero.yml'));
    await symlink('/etc/passwd', join(dir, 'workorders', 'passwd.yml'));
    execFileSync('mkfifo', [join(dir, 'workorders', 'fifo.yml')]);
    for (const name of ['loop.yml', 'zero.yml', 'passwd.yml', 'fifo.yml']) {
      const result = await runBuiltCli(['validate', `workorders/${name}`], { cwd: dir, timeoutMs: 15_000 });
      expect(result.signal, name).toBeNull();
      expect(result.code, name).toBe(1);
      expect(result.stdout, name).toContain('not read: it');
      expect(result.stdout + result.stderr, name).not.toContain('root:');
      expect(result.stderr, name).not.toContain('internal error');
    }
    const directory = await runBuiltCli(['validate', 'workorders/x.yml'], { cwd: dir });
    expect([directory.code, directory.stderr]).toEqual([2, expect.stringContaining('"workorders/x.yml" is a directory, not a work-order file')]);
  });
});

describe('dist/cli.js serve: signals and a busy port', () => {
  it('exits 2 at once on a busy port instead of hanging', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const dir = await makeTempDir();
      const result = await runBuiltCli(['serve', '--port', String(port)], { cwd: dir, timeoutMs: 15_000 });
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('EADDRINUSE');
    } finally {
      busy.close();
    }
  });

  it('stops on the first SIGTERM', async () => {
    const dir = await makeTempDir();
    const result = await runBuiltCli(['serve', '--port', '0'], {
      cwd: dir, timeoutMs: 15_000,
      onSpawn: (child) => child.stdout?.on('data', (text: Buffer) => void (String(text).includes('Writer:') && child.kill('SIGTERM'))),
    });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
    await writeFile(join(dir, 'done'), '');
  });
});
