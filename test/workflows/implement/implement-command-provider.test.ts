import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCommandProvider } from '../../../src/adapters/agents/command-provider.ts';
import { createJudgedRunner } from '../../../src/adapters/process/create-judged-runner.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { canaries, implementFixture } from '../../helpers/implement-fixture.ts';

const fakeAgent = join(import.meta.dirname, '../../fixtures/agents/fake-agent-cli.mjs');

describe('implementWorkOrder with the command provider', () => {
  it('runs an external agent CLI in the worktree and publishes only its in-scope changes', async () => {
    const provider = createCommandProvider({ command: [process.execPath, fakeAgent, '--prompt', '{prompt}'], runner: createJudgedRunner() });
    const { repo, recorder, worktreeDir, implementOptions } = await implementFixture(provider, {
      files: { 'src/old.ts': 'export const old = 1;\n', 'src/remove-me.ts': 'export const gone = 1;\n', 'src/moved-out.ts': 'export const moved = 1;\n' },
    });
    const result = await implementWorkOrder(implementOptions);

    expect(result.terminal.kind).toBe('finished');
    const committed = await repo.git.diff(repo.dir, result.base, result.branch);
    expect(committed.map((change) => `${change.status} ${change.fromPath ? `${change.fromPath} -> ` : ''}${change.path}`).sort()).toEqual(['D src/remove-me.ts', 'M src/greet.ts', 'R src/old.ts -> src/renamed.ts']);
    expect(result.outOfScope.map((entry) => entry.path).sort()).toEqual(['.github/workflows/exfil.yml', 'README.md', 'moved-out.ts', 'src/passwd-link']);
    expect(result.outOfScope.find((entry) => entry.path === 'src/passwd-link')?.reason).toContain('symlink to an absolute path');
    // The agent's own commit was unwound: the branch holds exactly one commit on the base, by Shopfloor.
    const log = await repo.git.log(repo.dir, { from: result.base, to: result.branch });
    expect(log.map((commit) => commit.subject)).toEqual(['wo-1: Add a goodbye function']);
    // Out-of-scope changes stay in the work copy, uncommitted, and are listed in the run document.
    expect((await repo.git.raw(worktreeDir, ['diff', '--name-only', result.commit!])).stdout).toContain('README.md');
    expect(recorder.text('implementer')).toContain('refused change README.md');
    const terminal = recorder.text('terminal');
    expect(terminal).toContain('fake-agent: got a prompt');
    expect(terminal).toContain('mentioning wo-1');
    expect(terminal).toContain('GITHUB_TOKEN is absent, OPENAI_API_KEY is absent');
    expect(terminal).toContain('fake-agent: done');
    for (const secret of Object.values(canaries)) expect(JSON.stringify([result, recorder.lines])).not.toContain(secret);
  });

  it('reports a failing agent command as a terminal state', async () => {
    const provider = createCommandProvider({ command: [process.execPath, '-e', 'process.exit(3)'], runner: createJudgedRunner() });
    const { implementOptions } = await implementFixture(provider);
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal).toEqual({ kind: 'agent-failed', message: 'the agent command exited with code 3' });
    expect(result.commit).toBeUndefined();
  });
});

describe('command provider on Windows', () => {
  it('refuses to put the prompt on a batch file\'s command line, where cmd.exe would interpret it', async () => {
    let ran = false;
    const runner = { platform: 'windows' as const, isolation: { mode: 'none' as const, reason: 'test' }, run: async () => ((ran = true), Promise.reject(new Error('must not run'))) };
    const provider = createCommandProvider({ command: ['agent.cmd', '--message', '{prompt}'], runner });
    const outcome = await provider.run({ workdir: '.', prompt: 'fix it & calc.exe', env: {}, platform: 'windows', timeoutMs: 1000, onOutput: () => {} });
    expect(ran).toBe(false);
    expect(outcome.startError).toContain('use {promptFile}');
  });
});
