import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { createSampleLoopRepo, mainHistory } from '../../helpers/sample-loop-repo.ts';

/**
 * A canary RED that no revert restores (auto-revert off here) closes main: run says RED, the culprit and
 * why nothing was reverted, dispatches nothing more on top of it, and exits 1 (it used to print none of
 * it and exit 0 while the rest landed on the red main).
 */
it('stops dispatching on a main the canary found RED and no revert restored, says why, and exits 1', async () => {
  const { dir, git, transcripts } = await createSampleLoopRepo();
  for (const id of ['title-case', 'truncate', 'headline']) await rm(join(dir, 'workorders', `${id}.yml`));
  // ci-tweak waits for the breaker, so it would land on the red main.
  const ciTweak = join(dir, 'workorders', 'ci-tweak.yml');
  await writeFile(ciTweak, `${(await readFile(ciTweak, 'utf8')).trimEnd()}\ndependencies: [slug-speedup]\n`);
  const policy = join(dir, '.github', 'shopfloor.yml');
  await writeFile(policy, (await readFile(policy, 'utf8')).replace('revert:\n  maxPerDay: 3', 'revert:\n  enabled: false\n  maxPerDay: 3'));
  await git.addAll(dir);
  await git.commit(dir, 'the breaker first, and no auto-revert');

  const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--parallel', '1'], { cwd: dir, env: { PATH: process.env.PATH ?? '', TERM: 'dumb' } });
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toMatch(/^canary +RED on [0-9a-f]{12} \(regressed: smoke\)/m);
  expect(result.stdout).toMatch(/^culprit +[0-9a-f]{12} "Merge slug-speedup/m);
  expect(result.stdout).toMatch(/^no revert of [0-9a-f]{12}: .*auto-revert is disabled/m);
  expect(result.stdout).toMatch(/main is RED at [0-9a-f]{12} .*nothing more was dispatched/);
  expect((await mainHistory(git, dir)).merges).toEqual(['slug-speedup']);

  // Auto-revert turned back on: the next run starts by guarding main, reverts the culprit in a run
  // document of its own (the Writer shows it), and only then lands the rest.
  await writeFile(policy, (await readFile(policy, 'utf8')).replace('  enabled: false\n', ''));
  await git.addAll(dir);
  await git.commit(dir, 'auto-revert back on');
  const again = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--parallel', '1'], { cwd: dir, env: { PATH: process.env.PATH ?? '', TERM: 'dumb' } });
  expect(again.stdout).toMatch(/^reverted +[0-9a-f]{12}/m);
  const history = await mainHistory(git, dir);
  expect(history.reverts).toHaveLength(1);
  // The bug work order the revert filed lands (ci-tweak is blocked: the work order it depends on is reverted).
  expect(history.merges.some((id) => id.startsWith('fix-'))).toBe(true);
  expect(again.stdout).toMatch(/ci-tweak +blocked/);
  const runs = join(dir, '.shopfloor', 'runs');
  const guard = (await readdir(runs)).filter((name) => name.includes('-guard-main-'));
  expect(guard).toHaveLength(1);
  const documents = await Promise.all(guard.map((name) => readFile(join(runs, name, 'document.md'), 'utf8')));
  expect(documents[0]).toMatch(/canary RED on [0-9a-f]{12}/);
  expect(documents[0]).toMatch(/revert merged: main [0-9a-f]{12} → [0-9a-f]{12}/);
}, 240_000);
