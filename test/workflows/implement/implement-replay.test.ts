import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTranscript } from '../../../src/adapters/agents/load-transcript.ts';
import { createReplayProvider } from '../../../src/adapters/agents/replay-provider.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { canaries, implementFixture, testWorkOrder } from '../../helpers/implement-fixture.ts';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/agents/replay', name);

describe('implementWorkOrder with the replay provider', () => {
  it('implements a work order end to end in a real worktree and commits it on the agent branch', async () => {
    const loaded = await loadTranscript(fixture('goodbye.json'));
    if (!loaded.ok) throw new Error(loaded.error);
    const { repo, recorder, worktreeDir, implementOptions } = await implementFixture(createReplayProvider(loaded.transcript));
    const result = await implementWorkOrder(implementOptions);

    expect(result.terminal).toEqual({ kind: 'finished', summary: 'Added goodbye(name) and a test.' });
    expect(result.branch).toBe('agent/wo-1/abc123');
    expect([...result.changed].sort()).toEqual(['src/greet.test.ts', 'src/greet.ts']);
    expect(result.outOfScope).toEqual([]);
    expect(result.usage).toEqual({ turns: 5, tokens: 4800, costUsd: 0 });
    expect(await repo.git.revParse(repo.dir, result.branch)).toBe(result.commit);
    expect(await repo.git.show(repo.dir, result.branch, 'src/greet.ts')).toContain('goodbye');
    // The work copy's files are exactly what was committed.
    for (const path of result.changed) expect(await readFile(join(worktreeDir, path), 'utf8')).toBe(await repo.git.show(repo.dir, result.commit!, path));

    const terminal = recorder.text('terminal');
    expect(terminal).toContain('$ node scripts/check.mjs');
    expect(terminal).toContain('check ok');
    expect(recorder.text('implementer')).toContain('edit_file src/greet.ts');
    expect(recorder.text('conductor')).toMatch(/untrusted input sha256 [0-9a-f]{64}/);
    expect(recorder.statuses.at(-1)?.status).toBe('completed');
    // The command ran with the allowlisted environment only.
    expect(terminal).not.toContain('GITHUB_TOKEN');
    expect(terminal).toContain('DEPLOY_PASSWORD');
    for (const secret of Object.values(canaries)) expect(JSON.stringify([result, recorder.lines])).not.toContain(secret);
    expect(await readFile(join(worktreeDir, 'src/greet.ts'), 'utf8')).toContain('goodbye');
  });
});

describe('budgets end the run with a clear terminal state', () => {
  it('stops on the wall-clock budget using the injected clock', async () => {
    const loaded = await loadTranscript(fixture('goodbye.json'));
    if (!loaded.ok) throw new Error(loaded.error);
    let now = 0;
    const clock = () => (now += 4 * 60_000);
    const { recorder, implementOptions } = await implementFixture(createReplayProvider(loaded.transcript), { clock, workOrder: testWorkOrder({ budget: { wallClock: '10m' } }) });
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: 'wall-clock' });
    expect(result.usage.turns).toBeLessThan(5);
    expect(recorder.statuses.at(-1)?.status).toBe('failed');
    expect(recorder.text('implementer')).toContain('budget exhausted: wall-clock');
  });

  it('stops on the turn budget and still publishes what was done in scope', async () => {
    const loaded = await loadTranscript(fixture('goodbye.json'));
    if (!loaded.ok) throw new Error(loaded.error);
    const { implementOptions } = await implementFixture(createReplayProvider(loaded.transcript), { workOrder: testWorkOrder({ budget: { turns: 2 } }) });
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: 'turns' });
    expect(result.changed).toEqual(['src/greet.ts']);
  });

  it('ends as provider-failed when a replay transcript runs out', async () => {
    const { implementOptions } = await implementFixture(createReplayProvider({ format: 'shopfloor-transcript/v1', turns: [] }));
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal.kind).toBe('provider-failed');
  });
});
