import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeCommandLocator } from '../../../src/adapters/process/node-command-locator.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe.skipIf(process.platform === 'win32')('command locator', () => {
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
