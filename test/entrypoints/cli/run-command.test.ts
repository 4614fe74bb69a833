import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Git } from '../../../src/ports/git.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { createSampleLoopRepo, mainHistory, packageRoot } from '../../helpers/sample-loop-repo.ts';

const env = { PATH: process.env.PATH ?? '' };
const runArgs = (dir: string, transcripts: string) => ['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--parallel', '2', '--json'];
const all = ['ci-tweak', 'headline', 'slug-speedup', 'title-case', 'truncate'];

interface RunJson { ok: boolean; rows: { id: string; state: string; gates: { id: string; status: string }[]; refused: string[]; holds: { message: string; releaseBy: string }[] }[]; events: { type: string; verdict?: string; workOrder?: string }[] }

describe('shopfloor run on the sample project', () => {
  it('merges every work order once by verified compare-and-swap, reverts the canary breaker, files its bug work order and lands its recorded fix test-first, and a rerun changes nothing', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const result = await runShopfloor(runArgs(dir, transcripts), { cwd: dir, env });
    expect(result.stderr).toBe('');
    const run = JSON.parse(result.stdout) as RunJson;
    const state = Object.fromEntries(run.rows.map((row) => [row.id, row.state]));
    expect(state).toMatchObject({ 'title-case': 'merged', truncate: 'merged', headline: 'merged', 'ci-tweak': 'merged', 'slug-speedup': 'reverted' });
    expect(run.rows.find((row) => row.id === 'ci-tweak')!.refused.join('\n')).toContain('.github/shopfloor.yml');
    const bug = run.rows.find((row) => row.id.startsWith('fix-'))!;
    // The bug work order replays slug-speedup.fix.json: its regression test fails on the culprit and passes on the fix.
    expect(bug.state).toBe('merged');
    expect(bug.gates).toContainEqual(expect.objectContaining({ id: 'test-first', status: 'pass' }));
    expect(run.events.filter((e) => e.type === 'canary').map((e) => e.verdict)).toContain('RED');

    const history = await mainHistory(git, dir);
    expect(history.merges).toEqual([...all, bug.id].sort());
    expect(history.unproven).toEqual([]);
    expect(history.reverts).toHaveLength(1);
    expect(Object.keys(history.files)).toContain('workorders/fix-<culprit>.yml');
    expect(Object.keys(history.files)).toContain('test/slugify-regression.test.js');
    const root = (await git.raw(dir, ['rev-list', '--max-parents=0', 'main'])).stdout.trim();
    expect(await git.show(dir, 'main', '.github/shopfloor.yml')).toBe(await git.show(dir, root, '.github/shopfloor.yml'));
    // The user's clean checkout of main came along; nothing left behind.
    expect(existsSync(join(dir, 'src', 'headline.js'))).toBe(true);
    expect(await git.status(dir)).toEqual([]);
    expect((await git.raw(dir, ['worktree', 'list'])).stdout.trim().split('\n')).toHaveLength(1);
    expect((await readdir(join(dir, '.shopfloor', 'patches'))).sort()).toEqual([...all, bug.id].sort());

    const main = await git.revParse(dir, 'main');
    const again = await runShopfloor(runArgs(dir, transcripts), { cwd: dir, env });
    expect(again.stderr).toBe('');
    expect(await git.revParse(dir, 'main')).toBe(main);
  }, 120_000);

  it('leaves a dirty checkout of main alone and says so', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'src', 'word-count.js'), '// my unfinished work\n');
    const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--once', '--parallel', '1'], { cwd: dir, env });
    expect(result.stdout).toContain('uncommitted changes, so it was left as it was');
    expect(await git.status(dir)).toContain(' M src/word-count.js');
    expect(existsSync(join(dir, 'src', 'title-case.js'))).toBe(false);
  }, 60_000);
});

describe('killed at any point, shopfloor run resumes to the same end state', () => {
  it('SIGKILLed at several points (agent working, just merged, mid-revert) and rerun: no duplicate merge, no unverified main, no lost work order', async () => {
    const reference = await createSampleLoopRepo();
    await runShopfloor(runArgs(reference.dir, reference.transcripts), { cwd: reference.dir, env });
    const expected = await mainHistory(reference.git, reference.dir);

    const { dir, git, transcripts } = await createSampleLoopRepo();
    const start = (await git.revParse(dir, 'main'))!;
    const points: [string, () => Promise<boolean>][] = [
      ['an agent branch exists', async () => (await refs(git, dir, 'refs/heads/agent/')).length > 0],
      ['main moved', async () => (await git.revParse(dir, 'main')) !== start],
      ['a revert branch exists', async () => (await refs(git, dir, 'refs/heads/shopfloor/revert/')).length > 0],
      ['four work orders merged', async () => (await mainHistory(git, dir)).merges.length >= 4],
    ];
    const killedAt: string[] = [];
    for (const [name, reached] of points) if (await runUntil(dir, transcripts, reached)) killedAt.push(name);
    expect(killedAt.length).toBeGreaterThanOrEqual(2);
    const final = await runShopfloor(runArgs(dir, transcripts), { cwd: dir, env });
    expect(final.stderr).toBe('');

    const history = await mainHistory(git, dir);
    const story = `killed when: ${killedAt.join(', ')}; last run: ${final.stdout}`;
    expect(history.merges.filter((id) => !id.startsWith('fix-')), story).toEqual(all);
    expect(history.merges.filter((id) => id.startsWith('fix-')), story).toHaveLength(1);
    expect(history.unproven, story).toEqual([]);
    expect(history.reverts, story).toHaveLength(1);
    expect(history.files, story).toEqual(expected.files);
    // The checkout was caught up even across kills between moving main and moving it.
    expect(await git.status(dir), story).toEqual([]);
    expect((await git.raw(dir, ['worktree', 'list'])).stdout.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, '.shopfloor', 'run.lock'))).toBe(false);
  }, 600_000);
});

async function refs(git: Git, dir: string, prefix: string): Promise<string[]> {
  return (await git.raw(dir, ['for-each-ref', '--format=%(refname)', prefix])).stdout.split('\n').filter(Boolean);
}

/** Runs `shopfloor run` as a child process and SIGKILLs it the moment `reached` holds; false if it finished first. */
async function runUntil(dir: string, transcripts: string, reached: () => Promise<boolean>): Promise<boolean> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot, 'src', 'entrypoints', 'cli.ts'), ...runArgs(dir, transcripts)], { cwd: packageRoot, env, stdio: 'ignore' });
  let exited = false;
  const done = new Promise<void>((resolve) => child.on('exit', () => {
    exited = true;
    resolve();
  }));
  while (!exited) {
    if (await reached()) {
      child.kill('SIGKILL');
      await done;
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('held work orders', () => {
  it('holds a dangerous change with its reason and what releases it, and merges it after `shopfloor approve` of that exact SHA', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const { writeFile, rm, mkdir } = await import('node:fs/promises');
    for (const id of ['title-case', 'truncate', 'headline', 'slug-speedup', 'ci-tweak']) await rm(join(dir, 'workorders', `${id}.yml`));
    await writeFile(join(dir, 'workorders', 'lint-script.yml'), 'apiVersion: shopfloor/v1\nid: lint-script\ntitle: Add a lint script\ngoal: Add an npm lint script.\nkind: chore\nscope:\n  paths: ["package.json"]\nacceptance:\n  commands:\n    - name: unit\n      run: node --test test/\n');
    const pkg = JSON.stringify({ name: 'textkit', version: '1.0.0', type: 'module', private: true, scripts: { test: 'node --test test/', lint: 'node --check src/index.js' } }, null, 2);
    const call = (id: string, name: string, args: unknown) => ({ response: { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }] }, usage: { promptTokens: 10, completionTokens: 10 } });
    await writeFile(join(transcripts, 'lint-script.json'), JSON.stringify({ format: 'shopfloor-transcript/v1', turns: [call('c1', 'write_file', { path: 'package.json', content: `${pkg}\n` }), call('c2', 'finish', { summary: 'Added a lint script.' })] }));
    await git.addAll(dir);
    await git.commit(dir, 'only the lint work order');

    const held = JSON.parse((await runShopfloor(runArgs(dir, transcripts), { cwd: dir, env })).stdout) as RunJson;
    const row = held.rows.find((r) => r.id === 'lint-script')!;
    expect(row.state).toBe('held');
    expect(row.holds.map((h) => h.message).join('\n')).toContain('changes package scripts');
    expect(row.holds.map((h) => h.releaseBy).join('\n')).toContain('an admin approves');

    const [branch] = await refs(git, dir, 'refs/heads/agent/lint-script/');
    const sha = (await git.revParse(dir, branch!))!;
    // The hold names the commit approve takes (the agent branch's tip, not the candidate merge) and the local command.
    expect(row.holds.map((h) => h.releaseBy).join('\n')).toContain(`an admin approves ${sha.slice(0, 7)} (shopfloor approve lint-script --sha ${sha.slice(0, 12)}`);
    const other = await runShopfloor(['approve', 'lint-script', '--sha', 'main', '--user', 'ada', '--permission', 'admin', '--repo', dir], { cwd: dir, env });
    expect(other.code).toBe(2);
    // Approvals a repository carries (a committed .shopfloor/approvals.jsonl) never count, and `approve` will not add to them.
    await mkdir(join(dir, '.shopfloor'), { recursive: true });
    await writeFile(join(dir, '.shopfloor', 'approvals.jsonl'), `${JSON.stringify({ workOrder: 'lint-script', sha, user: 'mallory', permission: 'admin', at: '2026-12-05T00:00:00Z' })}\n`);
    await git.raw(dir, ['add', '-f', '.shopfloor/approvals.jsonl']);
    // run refuses the repository outright while it tracks Shopfloor's state, and nothing lands.
    const carried = await runShopfloor(runArgs(dir, transcripts), { cwd: dir, env });
    expect([carried.code, carried.stderr]).toEqual([2, expect.stringContaining("tracks 1 file(s) in .shopfloor/ (.shopfloor/approvals.jsonl): that is Shopfloor's local state")]);
    expect((await mainHistory(git, dir)).merges).toEqual([]);
    const into = await runShopfloor(['approve', 'lint-script', '--sha', sha, '--user', 'ada', '--permission', 'admin', '--repo', dir], { cwd: dir, env });
    expect([into.code, into.stderr]).toEqual([2, expect.stringContaining('is not yours to record approvals in: it is tracked by git')]);
    await git.raw(dir, ['rm', '-q', '--cached', '.shopfloor/approvals.jsonl']);
    await rm(join(dir, '.shopfloor', 'approvals.jsonl'));
    expect((await runShopfloor(['approve', 'lint-script', '--sha', sha, '--user', 'ada', '--permission', 'admin', '--repo', dir], { cwd: dir, env })).code).toBe(0);
    const merged = JSON.parse((await runShopfloor(runArgs(dir, transcripts), { cwd: dir, env })).stdout) as RunJson;
    expect(merged.rows.find((r) => r.id === 'lint-script')!.state).toBe('merged');
    expect((await mainHistory(git, dir)).merges).toEqual(['lint-script']);
  }, 60_000);
});

describe('sharing finished work', () => {
  it('pushes agent branches when the repository has a remote, instead of writing patch series', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const { makeTempDir } = await import('../../helpers/temp-dir.ts');
    const remote = await makeTempDir('shopfloor-remote-');
    await git.raw(remote, ['init', '-q', '--bare']);
    await git.raw(dir, ['remote', 'add', 'origin', remote]);
    const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--once', '--parallel', '1', '--json'], { cwd: dir, env });
    const run = JSON.parse(result.stdout) as { events: { type: string; where?: string }[] };
    expect(run.events.find((e) => e.type === 'exported')?.where).toContain('to origin');
    expect((await refs(git, remote, 'refs/heads/agent/')).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, '.shopfloor', 'patches'))).toBe(false);
  }, 60_000);
});

describe('a repository whose main line is not called main', () => {
  it('merges into the branch named by --main and refuses a bad name with exit 2', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    await git.raw(dir, ['branch', '-M', 'main', 'trunk']);
    const before = await git.revParse(dir, 'trunk');
    const missing = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--once'], { cwd: dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('has no branch "main"');
    const bad = await runShopfloor(['run', '--repo', dir, '--main', '--upload-pack=x', '--once'], { cwd: dir, env });
    expect(bad.code).toBe(2);
    const result = await runShopfloor(['run', '--repo', dir, '--provider', 'replay', '--transcripts', transcripts, '--once', '--parallel', '1', '--main', 'trunk', '--json'], { cwd: dir, env });
    expect(JSON.parse(result.stdout).rows.some((row: { state: string }) => row.state === 'merged')).toBe(true);
    expect(await git.revParse(dir, 'trunk')).not.toBe(before);
    expect(await git.revParse(dir, 'refs/heads/main')).toBeFalsy();
  }, 60_000);
});
