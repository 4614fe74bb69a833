import { createHash, createPublicKey } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createSampleLoopRepo } from '../helpers/sample-loop-repo.ts';

interface RoadmapJson { source: string; ready: string[]; entries: { id: string; state: string }[] }
interface RunJson { rows: { id: string; state: string }[] }

describe('dist/cli.js roadmap after the loop ran', () => {
  it('shows the live states shopfloor run acts on: merged work orders done, the reverted one reverted, none of them ready', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    const before = JSON.parse((await runBuiltCli(['roadmap', '--json'], { cwd: dir })).stdout) as RoadmapJson;
    expect(before.ready.sort()).toEqual(['ci-tweak', 'slug-speedup', 'title-case', 'truncate']);

    const run = await runBuiltCli(['run', '--provider', 'replay', '--transcripts', transcripts, '--parallel', '2', '--json'], { cwd: dir, timeoutMs: 180_000 });
    const rows = (JSON.parse(run.stdout) as RunJson).rows;
    // The bug work order the revert filed lands in main; check out main's files as roadmap reads the working copy.
    expect(await git.status(dir)).toEqual([]);

    const result = await runBuiltCli(['roadmap', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const roadmap = JSON.parse(result.stdout) as RoadmapJson;
    const state = Object.fromEntries(roadmap.entries.map((e) => [e.id, e.state]));
    expect(roadmap.source).toContain('live states from git: main at');
    expect(state).toMatchObject({ 'title-case': 'done', truncate: 'done', headline: 'done', 'ci-tweak': 'done', 'slug-speedup': 'reverted' });
    // It agrees with run: what run merged is done, what run saw reverted is reverted.
    for (const row of rows) {
      if (row.state === 'merged' || row.state === 'done') expect(state[row.id], row.id).toBe('done');
      if (row.state === 'reverted') expect(state[row.id], row.id).toBe('reverted');
    }
    expect(roadmap.ready.every((id) => id.startsWith('fix-'))).toBe(true);

    const text = await runBuiltCli(['roadmap'], { cwd: dir });
    expect(text.stdout).toMatch(/\d+ done, 1 reverted/);
    expect(text.stdout).toContain('slug-speedup (reverted)');

    // Issue 15 item 12: the revert's merge on main names, by digest, a report noted on that very commit
    // that proves its tree (taken after the bug work order file was added), and it verifies by its own SHA.
    const revert = (await git.log(dir, { to: 'main', firstParent: true })).find((c) => /^Reverts: [0-9a-f]{40}$/m.test(c.body))!;
    expect(revert, 'a revert merge on main').toBeDefined();
    const digest = /^Report-Digest: (sha256:[0-9a-f]{64})$/m.exec(revert.body)?.[1];
    const note = (await git.notesShow(dir, 'refs/notes/shopfloor', revert.sha))!;
    expect(note, 'a report noted on the revert merge').toBeDefined();
    expect(digest).toBe(`sha256:${createHash('sha256').update(note).digest('hex')}`);
    const report = JSON.parse(note) as { tree: string; verdict: { passed: boolean } };
    expect(report.tree).toBe(await git.treeOf(dir, revert.sha));
    expect(report.verdict.passed).toBe(true);
    expect((await git.raw(dir, ['ls-tree', '--name-only', revert.sha, 'workorders/'])).stdout).toMatch(/workorders\/fix-[0-9a-f]{12}\.yml/);
    const keys = join(dir, '.shopfloor', 'keys');
    const pem = await readFile(join(keys, (await readdir(keys)).find((f) => f.endsWith('.pem'))!), 'utf8');
    const publicKey = createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
    const verified = await runBuiltCli(['report', 'verify', '--sha', revert.sha, '--key', publicKey], { cwd: dir });
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  }, 240_000);
});
