import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createSampleLoopRepo } from '../helpers/sample-loop-repo.ts';

interface RunJson { rows: { id: string; state: string; detail?: string; holds: { code: string; message: string }[] }[] }

const replay = (transcripts: string) => ['--provider', 'replay', '--transcripts', transcripts];

describe('dist/cli.js run as a CI step', () => {
  it('exits 1 while work orders are held by a failing gate, never redispatches a held one ahead of a ready one, and logs progress without a terminal', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const policy = join(dir, '.github', 'shopfloor.yml');
    await writeFile(policy, (await readFile(policy, 'utf8')).replace('gates:\n', 'gates:\n  - id: lint\n    run: node -e "process.exit(3)"\n    kind: lint\n'));
    await git.addAll(dir);
    await git.commit(dir, 'a lint gate that always fails');

    // No terminal (a pipe, as in CI): plain progress lines as it goes, then the summary; no cursor codes.
    const first = await runBuiltCli(['run', '--once', '--parallel', '1', ...replay(transcripts)], { cwd: dir, env: { TERM: 'xterm' }, timeoutMs: 120_000 });
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toMatch(/^\d\d:\d\d:\d\d title-case: dispatched$/m);
    expect(first.stdout).toMatch(/^\d\d:\d\d:\d\d title-case: held \[.*lint:fail.*\]/m);
    expect(first.stdout).not.toContain('\u001b');

    // Run again, once: title-case is still held (nothing changed), so the next ready one gets the slot.
    const second = await runBuiltCli(['run', '--once', '--parallel', '1', '--json', ...replay(transcripts)], { cwd: dir, timeoutMs: 120_000 });
    expect(second.code, second.stderr).toBe(1);
    const rows = (JSON.parse(second.stdout) as RunJson).rows;
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('title-case').state).toBe('held');
    expect(row('title-case').detail).toContain('still held');
    expect(row('title-case').holds.map((h) => h.code)).toContain('gate-failed');
    expect(row('truncate').state).toBe('held');
    expect(row('truncate').holds.map((h) => h.code)).toContain('gate-failed');
  }, 300_000);

  it('gives the batch slot of a work order held before any agent work to the next ready one', async () => {
    const { dir, transcripts } = await createSampleLoopRepo();
    // urgent outranks everything but has no transcript: held (no implementer) every time it is dispatched.
    await writeFile(join(dir, 'workorders', 'urgent.yml'), 'apiVersion: shopfloor/v1\nid: urgent\ntitle: Urgent\ngoal: Something urgent.\nkind: chore\nscope:\n  paths: ["docs/urgent.md"]\nacceptance:\n  criteria: ["done"]\npriority: critical\n');
    const { createGitCli } = await import('../../src/adapters/git/git-cli.ts');
    const git = createGitCli();
    await git.addAll(dir);
    await git.commit(dir, 'an urgent work order');
    const result = await runBuiltCli(['run', '--once', '--parallel', '1', '--json', ...replay(transcripts)], { cwd: dir, timeoutMs: 120_000 });
    const rows = (JSON.parse(result.stdout) as RunJson).rows;
    expect(rows.find((r) => r.id === 'urgent')!.state).toBe('held');
    expect(rows.find((r) => r.id === 'title-case')!.state).toBe('merged');
  }, 300_000);

  it('names an invalid work order on main with the errors validate gives, and exits 2 without running anything', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    await writeFile(join(dir, 'workorders', 'broken.yml'), 'apiVersion: shopfloor/v1\nid: broken\ntitle: Broken\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: [x]\ndependencies: [nope]\n');
    await git.addAll(dir);
    await git.commit(dir, 'an invalid work order');
    const main = await git.revParse(dir, 'main');
    const validate = await runBuiltCli(['validate'], { cwd: dir });
    const result = await runBuiltCli(['run', '--once', ...replay(transcripts)], { cwd: dir, timeoutMs: 60_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('workorders/broken.yml');
    for (const line of validate.stdout.split('\n').filter((l) => l.startsWith('workorders/broken.yml:'))) expect(result.stderr).toContain(line);
    expect(result.stderr).toMatch(/goal/);
    expect(result.stderr).toContain('"nope" does not exist');
    expect(result.stderr).toContain('1 work-order file(s) on main are invalid (workorders/broken.yml); nothing was run');
    expect(await git.revParse(dir, 'main')).toBe(main);
    const help = await runBuiltCli(['run', '--help'], { cwd: dir });
    expect(help.stdout).toContain('Exit codes (for a CI step): 0 every dispatched work order landed');
    expect(help.stdout).toContain('one line per state change when stdout is not a terminal');
  }, 120_000);
});

describe('dist/cli.js run on a terminal with TERM=dumb', () => {
  it('prints plain lines, no cursor codes', async () => {
    const { dir, git } = await createSampleLoopRepo();
    const { execFileSync } = await import('node:child_process');
    const { rm } = await import('node:fs/promises');
    for (const id of ['ci-tweak', 'headline', 'slug-speedup', 'truncate']) await rm(join(dir, 'workorders', `${id}.yml`));
    await git.addAll(dir);
    await git.commit(dir, 'one work order left');
    const { builtCli } = await import('../helpers/built-cli.ts');
    // script(1) gives the CLI a real terminal; title-case has no transcript in an empty folder, so it is held at once.
    const shown = (term: string) => execFileSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(builtCli)} run --once --provider replay --transcripts ${JSON.stringify(join(dir, 'none'))}`, '/dev/null'], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TERM: term }, encoding: 'utf8', timeout: 60_000 });
    const dumb = shown('dumb');
    expect(dumb).toMatch(/title-case: held/);
    expect(dumb).not.toMatch(/\u001b\[/);
    expect(shown('xterm')).toMatch(/\u001b\[2K/);
  }, 120_000);
});
