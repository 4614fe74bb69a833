import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { createSampleLoopRepo, mainHistory } from '../../helpers/sample-loop-repo.ts';
import { readFolded } from '../../../src/workflows/loop/folded-notes.ts';

const env = { PATH: process.env.PATH ?? '' };
const all = ['ci-tweak', 'headline', 'slug-speedup', 'title-case', 'truncate'];

interface RunJson { ok: boolean; rows: { id: string; state: string; holds: { message: string }[] }[]; events: { type: string; verdict?: string; workOrder?: string }[] }

describe('shopfloor run --speculate lands through the merge train', () => {
  it('verifies cars stacked on each other, fast-forwards main to exactly the verified car commits, and ends like the one-at-a-time loop', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--parallel', '3', '--speculate', '--json'], { cwd: dir, env });
    expect(result.stderr).toBe('');
    const run = JSON.parse(result.stdout) as RunJson;
    const state = Object.fromEntries(run.rows.map((row) => [row.id, row.state]));
    expect(state).toMatchObject({ 'title-case': 'merged', truncate: 'merged', headline: 'merged', 'ci-tweak': 'merged', 'slug-speedup': 'reverted' });
    const history = await mainHistory(git, dir);
    // The demo project now also lands the bug work order the revert filed (fix-<sha>).
    expect(history.merges.filter((id) => !id.startsWith('fix-'))).toEqual(all);
    expect(history.unproven).toEqual([]);
    // Every merge on main is a train car whose signed report names exactly that commit, not just its tree,
    // unless main moved past it straight to a later car: then that car's report proves it (mainHistory checked).
    for (const commit of await git.log(dir, { to: 'main', firstParent: true })) {
      if (!/^Merge [a-z-]+:/.test(commit.subject) || (await readFolded(git, dir, commit.sha))) continue;
      const report = JSON.parse((await git.notesShow(dir, 'refs/notes/shopfloor', commit.sha))!) as { head: string; base: string };
      expect({ subject: commit.subject, head: report.head, base: report.base }).toEqual({ subject: commit.subject, head: commit.sha, base: commit.parents[0] });
    }
    const runs = join(dir, '.shopfloor', 'runs');
    const docs = await Promise.all((await readdir(runs)).map((run) => readFile(join(runs, run, 'document.md'), 'utf8')));
    // Every change went through a train car: a staging commit built on main or on another car, verified as that commit.
    // (Whether a car rode on another depends on when the agents finish: the planner's stacking is tested in core/train.)
    const cars = docs.flatMap((doc) => doc.split('\n').filter((line) => /^train car \d+: /.test(line)));
    expect(cars.length).toBeGreaterThanOrEqual(all.length);
    expect(cars.every((line) => / = [0-9a-f]{12} \((main|the car it rides on)\) \+ agent\//.test(line)), cars.join('\n')).toBe(true);
    expect(await git.status(dir)).toEqual([]);
  }, 180_000);

  it('evicts a candidate whose gates fail and drops one the policy holds, with their reasons, while the rest lands', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    for (const id of ['truncate', 'headline', 'slug-speedup', 'ci-tweak']) await rm(join(dir, 'workorders', `${id}.yml`));
    const order = (id: string, kind: string, paths: string) => `apiVersion: shopfloor/v1\nid: ${id}\ntitle: ${id}\ngoal: Do ${id}.\nkind: ${kind}\nscope:\n  paths: [${paths}]\nacceptance:\n  commands:\n    - name: unit\n      run: node --test test/\n`;
    await writeFile(join(dir, 'workorders', 'breaker.yml'), order('breaker', 'test', '"test/breaker.test.js"'));
    await writeFile(join(dir, 'workorders', 'lint-script.yml'), order('lint-script', 'chore', '"package.json"'));
    const call = (id: string, name: string, args: unknown) => ({ response: { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }] }, usage: { promptTokens: 10, completionTokens: 10 } });
    const transcript = (path: string, content: string) => JSON.stringify({ format: 'shopfloor-transcript/v1', turns: [call('c1', 'write_file', { path, content }), call('c2', 'finish', { summary: 'done' })] });
    await writeFile(join(transcripts, 'breaker.json'), transcript('test/breaker.test.js', "import { test } from 'node:test';\nimport assert from 'node:assert';\ntest('breaks', () => assert.equal(1, 2));\n"));
    const pkg = JSON.stringify({ name: 'textkit', version: '1.0.0', type: 'module', private: true, scripts: { test: 'node --test test/', lint: 'node --check src/index.js' } }, null, 2);
    await writeFile(join(transcripts, 'lint-script.json'), transcript('package.json', `${pkg}\n`));
    await git.addAll(dir);
    await git.commit(dir, 'a breaker and a dangerous change');

    const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--parallel', '3', '--speculate', '--json'], { cwd: dir, env });
    const run = JSON.parse(result.stdout) as RunJson;
    const row = (id: string) => run.rows.find((r) => r.id === id)!;
    expect(row('title-case').state).toBe('merged');
    expect(row('breaker').state).toBe('held');
    expect(row('breaker').holds.map((h) => h.message).join('\n')).toMatch(/unit/);
    expect(row('lint-script').state).toBe('held');
    expect(row('lint-script').holds.map((h) => h.message).join('\n')).toContain('changes package scripts');
    expect((await mainHistory(git, dir)).merges).toEqual(['title-case']);
    expect((await mainHistory(git, dir)).unproven).toEqual([]);
    const runs = join(dir, '.shopfloor', 'runs');
    const docs = await Promise.all((await readdir(runs)).map((r) => readFile(join(runs, r, 'document.md'), 'utf8')));
    expect(docs.find((doc) => doc.includes('breaker'))).toMatch(/left the train: broke-build in car \d+ \([0-9a-f]{12} on [0-9a-f]{12}\), \d+ verification\(s\), failing unit/);
  }, 180_000);
});
