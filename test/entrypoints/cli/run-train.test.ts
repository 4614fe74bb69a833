import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { createSampleLoopRepo, mainHistory } from '../../helpers/sample-loop-repo.ts';

const env = { PATH: process.env.PATH ?? '' };
const all = ['ci-tweak', 'headline', 'slug-speedup', 'title-case', 'truncate'];

interface RunJson { ok: boolean; rows: { id: string; state: string }[]; events: { type: string; verdict?: string; workOrder?: string }[] }

describe('shopfloor run --speculate lands through the merge train', () => {
  it('verifies cars stacked on each other, fast-forwards main to exactly the verified car commits, and ends like the one-at-a-time loop', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--parallel', '3', '--speculate', '--json'], { cwd: dir, env });
    expect(result.stderr).toBe('');
    const run = JSON.parse(result.stdout) as RunJson;
    const state = Object.fromEntries(run.rows.map((row) => [row.id, row.state]));
    expect(state).toMatchObject({ 'title-case': 'merged', truncate: 'merged', headline: 'merged', 'ci-tweak': 'merged', 'slug-speedup': 'reverted' });
    const history = await mainHistory(git, dir);
    expect(history.merges).toEqual(all);
    expect(history.unproven).toEqual([]);
    // Every merge on main is a train car whose signed report names exactly that commit, not just its tree.
    for (const commit of await git.log(dir, { to: 'main', firstParent: true })) {
      if (!/^Merge [a-z-]+:/.test(commit.subject)) continue;
      const report = JSON.parse((await git.notesShow(dir, 'refs/notes/shopfloor', commit.sha))!) as { head: string; base: string };
      expect({ subject: commit.subject, head: report.head, base: report.base }).toEqual({ subject: commit.subject, head: commit.sha, base: commit.parents[0] });
    }
    const runs = join(dir, '.shopfloor', 'runs');
    const docs = await Promise.all((await readdir(runs)).map((run) => readFile(join(runs, run, 'document.md'), 'utf8')));
    const cars = docs.flatMap((doc) => doc.split('\n').filter((line) => line.startsWith('train car ')));
    // Speculation happened: some car was built and verified on the car ahead of it, not on main.
    expect(cars.some((line) => line.includes('(the car ahead)'))).toBe(true);
    expect(await git.status(dir)).toEqual([]);
  }, 180_000);
});
