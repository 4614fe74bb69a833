import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChatAgentProvider } from '../../../src/ports/agent-provider.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { implementFixture } from '../../helpers/implement-fixture.ts';

/** A model that finishes at once, counting how often it was asked. */
function finishingModel(): ChatAgentProvider & { calls: number } {
  const model = {
    kind: 'chat' as const,
    name: 'finishing',
    calls: 0,
    complete: async () => {
      model.calls++;
      return { ok: true as const, retries: 0, usage: { promptTokens: 1, completionTokens: 1, costUsd: 0 }, message: { role: 'assistant' as const, content: null, tool_calls: [{ id: 'c1', type: 'function' as const, function: { name: 'finish', arguments: '{"summary":"done"}' } }] } };
    },
  };
  return model;
}

describe('the policy\'s setup phase', () => {
  it('runs each command boxed in the agent\'s work copy before the agent, shown as a phase with its output in Terminal', async () => {
    const model = finishingModel();
    const { implementOptions, recorder, worktreeDir } = await implementFixture(model);
    const result = await implementWorkOrder({ ...implementOptions, policy: { ...implementOptions.policy, setup: { network: false, commands: [{ name: 'install', run: 'echo installing deps; mkdir -p build && echo ready > build/ready.txt' }, { name: 'whoami', run: 'ls /work 2>&1 || echo "host /work is out of reach"' }] } } });
    expect(result.terminal.kind).toBe('finished');
    expect(model.calls).toBe(1);
    expect(await readFile(join(worktreeDir, 'build', 'ready.txt'), 'utf8')).toBe('ready\n');
    const conductor = recorder.text('conductor');
    expect(conductor).toContain('phase setup: 2 command(s) from the policy, before the agent starts');
    expect(conductor).toMatch(/setup install: ok \(\d+\.\d s\)/);
    expect(recorder.text('terminal')).toContain('installing deps');
    expect(recorder.text('terminal')).toContain('host /work is out of reach');
  });

  it('stops the run before the agent starts when a command fails or runs past its own time limit', async () => {
    for (const [command, expected] of [
      [{ name: 'install', run: 'echo broken >&2; exit 3' }, 'setup command "install" exited with code 3; the agent was not started'],
      [{ name: 'build', run: 'sleep 30', timeout: '1s' }, 'setup command "build" ran past its 1s time limit and was stopped; the agent was not started'],
    ] as const) {
      const model = finishingModel();
      const { implementOptions, recorder } = await implementFixture(model);
      const result = await implementWorkOrder({ ...implementOptions, policy: { ...implementOptions.policy, setup: { network: false, commands: [command] } } });
      expect(result.terminal.kind).toBe('agent-failed');
      expect('message' in result.terminal && result.terminal.message).toContain(expected);
      expect(model.calls).toBe(0);
      expect(result.commit).toBeUndefined();
      expect(recorder.statuses.at(-1)?.status).toBe('failed');
    }
  });
});
