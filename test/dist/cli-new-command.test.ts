import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('dist/cli.js new: only valid, self-consistent work orders', () => {
  it.each([
    [['--scope', '../x'], '--scope: "../x"'],
    [['--depends-on', 'nope'], '--depends-on "nope": there is no workorders/nope.yml'],
    [['--depends-on', 'Bad Id'], '--depends-on "Bad Id" is not a work-order id'],
    [['--title', 'Add x\nstatus: merged #'], '--title has a line break'],
  ])('%s exits 2 and writes nothing', async (args, message) => {
    const dir = await makeTempDir();
    const result = await runBuiltCli(['new', 'wo-1', '--title', 'T', ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    await expect(readFile(join(dir, 'workorders/wo-1.yml'), 'utf8')).rejects.toThrow();
  });

  it('scopes tests by default (the criterion asks for one) and the result validates', async () => {
    const dir = await makeTempDir();
    expect((await runBuiltCli(['new', 'wo-1', '--title', 'T'], { cwd: dir })).code).toBe(0);
    expect((await runBuiltCli(['new', 'wo-2', '--title', 'U: "quoted" # not a comment', '--depends-on', 'wo-1'], { cwd: dir })).code).toBe(0);
    const text = await readFile(join(dir, 'workorders/wo-1.yml'), 'utf8');
    expect(text).toContain('    - src/**\n    - test/**\n');
    const validation = await runBuiltCli(['validate'], { cwd: dir });
    expect(validation.code).toBe(0);
    expect(validation.stdout).toContain('✓ 2 files valid');
  });
});
