import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeCommandLocator } from '../../../src/adapters/process/node-command-locator.ts';
import { createNodeProcessRunner } from '../../../src/adapters/process/node-process-runner.ts';
import { waitForExit } from '../../helpers/process-alive.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';


describe.skipIf(process.platform === 'win32')('node process runner', () => {
  it('a timeout kills the whole tree, grandchildren included', async () => {
    const dir = await makeTempDir();
    const runner = createNodeProcessRunner();
    const result = await runner.run({ script: 'sleep 60 & echo $! > grandchild.pid; wait', shell: 'bash', cwd: dir, env: { PATH: process.env.PATH! }, timeoutMs: 500 });
    expect(result.timedOut).toBe(true);
    const pid = Number(await readFile(join(dir, 'grandchild.pid'), 'utf8'));
    expect(await waitForExit(pid)).toBe(true);
  });

  it('reports a non-zero exit as data and an unknown program as a start error', async () => {
    const runner = createNodeProcessRunner();
    const env = { PATH: process.env.PATH! };
    expect((await runner.run({ script: 'exit 3', shell: 'bash', cwd: '.', env })).exitCode).toBe(3);
    expect((await runner.run({ argv: ['definitely-not-a-program-xyz'], cwd: '.', env })).startError).toBe('command not found: definitely-not-a-program-xyz');
  });

  it('the command locator finds programs on PATH and relative paths', async () => {
    const locator = createNodeCommandLocator();
    const env = { PATH: process.env.PATH! };
    expect(await locator.exists('node', '.', env)).toBe(true);
    expect(await locator.exists('definitely-not-a-program-xyz', '.', env)).toBe(false);
    expect(await locator.exists('./package.json', process.cwd(), env)).toBe(false); // not executable
    expect(await locator.exists('./scripts/build.mjs', process.cwd(), { PATH: '' })).toBe(false);
  });
});

describe('command locator, Windows rules', () => {
  it('reads Path case-insensitively, splits on ";" and tries PATHEXT', async () => {
    const dir = await makeTempDir();
    await writeFile(join(dir, 'npm.CMD'), '@echo off');
    const locator = createNodeCommandLocator('win32');
    expect(await locator.exists('npm', '.', { Path: `C:\\nowhere;${dir}`, PATHEXT: '.EXE;.CMD' })).toBe(true);
    expect(await locator.exists('npx', '.', { Path: dir, PATHEXT: '.EXE;.CMD' })).toBe(false);
  });
});
