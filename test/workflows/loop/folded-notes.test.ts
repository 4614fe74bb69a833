import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readFolded, recordFolded } from '../../../src/workflows/loop/folded-notes.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';

it('a car landed folded into a later one is recorded, and report verify --sha of it names the car to check instead', async () => {
  const { dir, git, head: base } = await createGitRepo({ 'a.txt': 'a\n' });
  await writeFile(join(dir, 'a.txt'), 'b\n');
  await git.addAll(dir);
  const folded = await git.commit(dir, 'Merge one: the car ahead');
  await writeFile(join(dir, 'a.txt'), 'c\n');
  await git.addAll(dir);
  const car = await git.commit(dir, 'Merge two: the car that passed');
  await recordFolded(git, dir, base, car, `sha256:${'ab'.repeat(32)}`);

  expect(await readFolded(git, dir, folded)).toEqual({ landedIn: car, reportDigest: `sha256:${'ab'.repeat(32)}` });
  expect(await readFolded(git, dir, car)).toBeUndefined();
  expect(await readFolded(git, dir, base)).toBeUndefined();
  const result = await runShopfloor(['report', 'verify', '--sha', folded, '--repo', dir], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`the merge train landed it folded into the car ${car}`);
  expect(result.stderr).toContain(`shopfloor report verify --sha ${car}`);
  // A commit Shopfloor never made is said to be one, not sent to fetch notes that cannot exist.
  const foreign = await runShopfloor(['report', 'verify', '--sha', base, '--repo', dir], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
  expect([foreign.code, foreign.stderr]).toEqual([2, expect.stringContaining('it is not a commit Shopfloor landed (no Work-Order or Reverts trailer)')]);
});
