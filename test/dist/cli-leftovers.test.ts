import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('dist/cli.js leaves nothing behind', () => {
  it.each(['0', '-1', 'x', '33'])('demo --parallel %s is refused before the temp repository is made', async (value) => {
    const tmp = await makeTempDir();
    const result = await runBuiltCli(['demo', '--parallel', value], { cwd: tmp, env: { TMPDIR: tmp } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--parallel must be a whole number from 1 to 32, not "${value}"`);
    expect(await readdir(tmp)).toEqual([]);
  });
});
