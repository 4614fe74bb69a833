import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createSampleLoopRepo } from '../helpers/sample-loop-repo.ts';

interface RunJson { rows: { id: string; state: string; detail?: string; holds: { code: string; message: string; releaseBy: string }[] }[] }
interface RoadmapJson { ready: string[]; entries: { id: string; state: string }[] }

const urgent = 'apiVersion: shopfloor/v1\nid: urgent\ntitle: Urgent\ngoal: Something urgent.\nkind: chore\nscope:\n  paths: ["docs/urgent.md"]\nacceptance:\n  criteria: ["done"]\npriority: critical\n';

describe('dist/cli.js: a hold for "no implementer" is kept in git like the other holds', () => {
  it('roadmap shows it held, run keeps it held and says how to release it, and a retry or an edit releases it', async () => {
    const { dir, git, transcripts } = await createSampleLoopRepo();
    await writeFile(join(dir, 'workorders', 'urgent.yml'), urgent);
    await git.addAll(dir);
    await git.commit(dir, 'an urgent work order with no transcript');
    const run = async (...extra: string[]) => {
      const result = await runBuiltCli(['run', '--once', '--parallel', '1', '--json', '--provider', 'replay', '--transcripts', transcripts, ...extra], { cwd: dir, timeoutMs: 180_000 });
      return (JSON.parse(result.stdout) as RunJson).rows.find((r) => r.id === 'urgent')!;
    };
    const roadmap = async () => {
      const result = await runBuiltCli(['roadmap', '--json'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      const parsed = JSON.parse(result.stdout) as RoadmapJson;
      return { ready: parsed.ready, state: parsed.entries.find((e) => e.id === 'urgent')!.state };
    };
    expect((await roadmap()).ready).toContain('urgent');

    const first = await run();
    expect(first.state).toBe('held');
    expect(first.holds[0]!.message).toMatch(/^no implementer: no recorded transcript for urgent/);
    expect(await roadmap()).toEqual({ ready: expect.not.arrayContaining(['urgent']) as unknown, state: 'held' });

    // Nothing changed: run does not dispatch it again, and says what releases it.
    const second = await run();
    expect(second.state).toBe('held');
    expect(second.detail).toContain('still held: urgent (before any agent work)');
    expect(second.holds[0]!.releaseBy).toContain('shopfloor run --retry urgent');

    // A retry dispatches it again (still no transcript, so it is held again, by this run).
    const retried = await run('--retry', 'urgent');
    expect(retried.state).toBe('held');
    expect(retried.detail ?? '').not.toContain('still held');

    // Editing the work order on main releases the hold: roadmap shows it ready again.
    await writeFile(join(dir, 'workorders', 'urgent.yml'), urgent.replace('Something urgent.', 'Something urgent, said better.'));
    await git.addAll(dir);
    await git.commit(dir, 'edit the urgent work order');
    expect((await roadmap()).ready).toContain('urgent');
  }, 600_000);
});
