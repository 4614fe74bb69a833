import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPresetProvider } from '../../../src/adapters/agents/preset-provider.ts';
import { createBubblewrapRunner } from '../../../src/adapters/process/bubblewrap-runner.ts';
import { createJudgedRunner, probeBubblewrap } from '../../../src/adapters/process/create-judged-runner.ts';
import type { AgentPresetName } from '../../../src/core/agents/presets/agent-presets.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import type { WorkOrderInput } from '../../../src/core/workorder/work-order-schema.ts';
import { installFakeAgentCli, type FakeAgentScript } from '../../helpers/fake-agent-cli.ts';
import { canaries, implementFixture, testWorkOrder } from '../../helpers/implement-fixture.ts';
import { requireSandbox } from '../../helpers/sandbox.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const streams = join(import.meta.dirname, '../../fixtures/agents/streams');
const stream = (preset: AgentPresetName) => readFileSync(join(streams, preset === 'aider' ? 'aider.txt' : `${preset}.jsonl`), 'utf8');
const programs: Record<AgentPresetName, string> = { 'claude-code': 'claude', codex: 'codex', gemini: 'gemini', copilot: 'copilot', openhands: 'openhands', aider: 'aider' };
const goodbye = 'export const greet = (name: string) => `hello ${name}`;\nexport const goodbye = (name: string) => `goodbye ${name}`;\n';

async function runPreset(preset: AgentPresetName, script: Omit<FakeAgentScript, 'stream'> & { stream?: string }, budget?: WorkOrderInput['budget']) {
  const bin = await makeTempDir('shopfloor-fake-bin-');
  await installFakeAgentCli(bin, programs[preset], { stream: stream(preset), ...script });
  const raw: string[] = [];
  const provider = createPresetProvider({ name: 'agent', preset, settings: { commands: [['node', 'scripts/check.mjs']] }, runner: createJudgedRunner(), record: (chunk) => void raw.push(chunk) });
  const fixture = await implementFixture(provider, { workOrder: testWorkOrder(budget ? { budget } : {}) });
  const options = { ...fixture.implementOptions, environment: { ...fixture.implementOptions.environment, PATH: `${bin}:${process.env.PATH}` } };
  const result = await implementWorkOrder(options);
  return { ...fixture, result, raw: raw.join('') };
}

// One row per preset: the budget its recorded usage goes past, and what the run document must show.
const presets: readonly { preset: AgentPresetName; over: WorkOrderInput['budget']; breached: string; shows: string[] }[] = [
  { preset: 'claude-code', over: { tokens: 1000 }, breached: 'tokens', shows: ['→ read src/greet.ts', '→ edit src/greet.ts', '→ command node scripts/check.mjs', 'spend: 4 turns, 6,715 tokens (6,500 in, 215 out), $0.0421 (reported by the agent)'] },
  { preset: 'codex', over: { tokens: 1000 }, breached: 'tokens', shows: ["→ command bash -lc 'node scripts/check.mjs'", '→ edit src/greet.ts', 'spend: 4 turns, 24,885 tokens'] },
  { preset: 'gemini', over: { turns: 1 }, breached: 'turns', shows: ['→ edit src/greet.ts', '✗ check failed: no goodbye', 'agent error: warning: Loop detection', 'spend: 3 turns, 9,100 tokens'] },
  { preset: 'copilot', over: { turns: 1 }, breached: 'turns', shows: ['→ read src/greet.ts', '→ command node scripts/check.mjs', 'spend: 2 turns, 0 tokens'] },
  { preset: 'openhands', over: { costUsd: 0.01 }, breached: 'cost', shows: ['→ command node scripts/check.mjs', 'agent error: Agent got stuck in a loop', 'spend: 5 turns, 9,600 tokens (9,000 in, 600 out), $0.0450'] },
  { preset: 'aider', over: { costUsd: 0.005 }, breached: 'cost', shows: ['→ edit src/greet.ts', '→ command node scripts/check.mjs', 'spend: 2 turns, 5,907 tokens (5,500 in, 407 out), $0.0162'] },
];

describe.each(presets)('preset $preset through a fake CLI on PATH, boxed', ({ preset, over, breached, shows }) => {
  it('streams its events and spend into the run document and publishes its in-scope change', async () => {
    const { result, recorder, worktreeDir, raw, repo } = await runPreset(preset, { edits: { 'src/greet.ts': goodbye }, promptCopy: 'prompt-seen.md' });
    expect(result.terminal.kind, JSON.stringify(result.terminal)).toBe('finished');
    expect(await repo.git.diff(repo.dir, result.base, result.branch)).toMatchObject([{ path: 'src/greet.ts', status: 'M' }]);
    const implementer = recorder.text('implementer');
    for (const line of shows) expect(implementer).toContain(line);
    expect(recorder.text('conductor')).toContain('spend of agent: ');
    // The prompt is written for an agent with its own tools: no "call finish", and Shopfloor publishes.
    const prompt = await readFile(join(worktreeDir, 'prompt-seen.md'), 'utf8');
    expect(prompt).toContain('Do not commit, push');
    expect(prompt).toContain('node scripts/check.mjs');
    expect(prompt).not.toContain('call finish');
    // The raw stream is kept byte for byte (the replayable transcript); the prompt file is gone with the run.
    expect(raw).toBe(stream(preset));
    await expect(readFile(`${worktreeDir}.prompt/prompt.md`)).rejects.toThrow();
    for (const secret of Object.values(canaries)) expect(JSON.stringify([result, recorder.lines])).not.toContain(secret);
  });

  it('reports a crash mid-stream as a failed agent, with what it did until then', async () => {
    const { result, recorder } = await runPreset(preset, { end: 'crash' });
    expect(result.terminal.kind).toBe('agent-failed');
    expect(recorder.text('implementer').split('\n').filter((line) => line.startsWith('→ ')).length).toBeGreaterThan(0);
    expect(result.commit).toBeUndefined();
  });

  it(`stops the tree when reported usage goes past the ${breached} budget, and ends budget-exhausted with the spend`, async () => {
    const { result, recorder } = await runPreset(preset, { end: 'hang' }, { ...over, wallClock: '60s' });
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: breached });
    expect(recorder.text('conductor')).toMatch(new RegExp(`stopping agent: budget exhausted: ${breached}`));
    expect(recorder.text('conductor')).toContain('spend of agent: ');
  });
});

describe('a hanging preset', () => {
  it('is killed at the wall-clock budget', async () => {
    const { result } = await runPreset('claude-code', { end: 'hang', stream: '{"type":"system","subtype":"init","session_id":"s"}\n' }, { wallClock: '2s' });
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: 'wall-clock' });
  });

  it('that is not installed fails with what to do', async () => {
    const provider = createPresetProvider({ name: 'agent', preset: 'gemini', settings: { commands: [], program: 'gemini-not-installed-here' }, runner: createJudgedRunner() });
    const { implementOptions } = await implementFixture(provider);
    const result = await implementWorkOrder(implementOptions);
    expect(result.terminal).toEqual({ kind: 'agent-failed', message: "the agent command could not start: gemini-not-installed-here was not found on the agent's PATH; install it there or set agents.providers.<name>.program to its absolute path" });
  });
});

describe('a preset with agents.network.allow, boxed', () => {
  it('reaches the listed host through the proxy, is refused the others, and the run document lists them', async () => {
    requireSandbox();
    const probe = probeBubblewrap();
    if (!probe.ok) throw new Error(probe.detail);
    // A local server outside the box plays the model API; the proxy reaches it as api.model.test.
    const api = createServer((_request, response) => response.end('{"ok":true}'));
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const port = (api.address() as AddressInfo).port;
    try {
      const runner = createBubblewrapRunner({ bwrap: probe.bwrap, version: probe.version, connect: (host) => connect({ host: '127.0.0.1', port: host === 'api.model.test' ? port : 1 }) });
      const bin = await makeTempDir('shopfloor-fake-bin-');
      const requests = ['http://api.model.test/v1/chat', 'http://evil.test/exfiltrate', 'http://evil.test/again', 'http://api.model.test:8080/v1'];
      await installFakeAgentCli(bin, 'claude', { stream: stream('claude-code'), requests, networkCopy: 'network-seen.txt' });
      const provider = createPresetProvider({ name: 'agent', preset: 'claude-code', settings: { commands: [] }, runner });
      const fixture = await implementFixture(provider);
      const agents = { ...fixture.implementOptions.policy.agents, network: { allow: ['api.model.test'] } };
      const result = await implementWorkOrder({ ...fixture.implementOptions, runner, policy: { ...fixture.implementOptions.policy, agents }, environment: { ...fixture.implementOptions.environment, PATH: `${bin}:${process.env.PATH}` } });
      expect(result.terminal.kind, JSON.stringify(result.terminal)).toBe('finished');
      expect(await readFile(join(fixture.worktreeDir, 'network-seen.txt'), 'utf8')).toBe('http://api.model.test/v1/chat 200\nhttp://evil.test/exfiltrate 403\nhttp://evil.test/again 403\nhttp://api.model.test:8080/v1 403');
      expect(fixture.recorder.text('conductor')).toContain('network: only api.model.test (enforced by proxy)');
      expect(fixture.recorder.text('implementer')).toMatch(/blocked connections: evil\.test:80 \(2×, first at \d{4}-[^)]*\), api\.model\.test:8080 \(1×/);
      expect(fixture.recorder.text('terminal')).toContain('shopfloor: blocked a connection to evil.test:80 (not in agents.network.allow)');
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  });
});
