import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPresetProvider } from '../../../src/adapters/agents/preset-provider.ts';
import { createBubblewrapRunner } from '../../../src/adapters/process/bubblewrap-runner.ts';
import { probeBubblewrap } from '../../../src/adapters/process/create-judged-runner.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { installAgentCli } from '../../helpers/agent-clis.ts';
import { startFakeModelServer, type FakeModelServer } from '../../helpers/fake-model-server.ts';
import { baseFiles, implementFixture, testPolicy, testWorkOrder } from '../../helpers/implement-fixture.ts';
import { requireSandbox } from '../../helpers/sandbox.ts';

// The real Claude Code CLI, boxed with agents.network.allow: it reaches its model API only through the
// allowlist proxy (the box has no network of its own). The model server outside the box is reached as
// api.model.test; the CLI is installed like the other real-CLI tests (skipped off CI when it cannot be).

const goodbye = 'export const greet = (name: string) => `hello ${name}`;\nexport const goodbye = (name: string) => `goodbye ${name}`;\n';
let bin: string | Error;
let server: FakeModelServer;

beforeAll(async () => {
  try {
    bin = installAgentCli('claude-code');
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    bin = error as Error;
  }
  server = await startFakeModelServer({ path: 'src/greet.ts', original: baseFiles['src/greet.ts'], content: goodbye, finalText: 'src/greet.ts now says goodbye.' });
}, 600_000);
afterAll(() => server?.close());

/** Runs the implementer with the real CLI, its model API at api.model.test:<port>, and the given allowlist. */
async function runBehindAllowlist(allow: (port: number) => string[], wallClock: string) {
  if (typeof bin !== 'string') throw bin;
  requireSandbox();
  const probe = probeBubblewrap();
  if (!probe.ok) throw new Error(probe.detail);
  const port = Number(new URL(server.url).port);
  const runner = createBubblewrapRunner({ bwrap: probe.bwrap, version: probe.version, connect: (host) => connect({ host: '127.0.0.1', port: host === 'api.model.test' ? port : 1 }) });
  const provider = createPresetProvider({ name: 'agent', preset: 'claude-code', settings: { commands: [['node', 'scripts/check.mjs']], model: 'claude-sonnet-4-5' }, runner });
  const fixture = await implementFixture(provider, { workOrder: testWorkOrder({ budget: { wallClock } }) });
  const extraEnv = { ANTHROPIC_BASE_URL: `http://api.model.test:${port}`, CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' };
  const policy = {
    ...fixture.implementOptions.policy,
    agents: { ...testPolicy, providers: { agent: { preset: 'claude-code' as const, apiKeyEnv: 'ANTHROPIC_API_KEY' } }, env: [...(testPolicy.env ?? []), ...Object.keys(extraEnv)], network: { allow: allow(port) } },
  };
  const environment = { ...fixture.implementOptions.environment, ...extraEnv, ANTHROPIC_API_KEY: 'sk-ant-fake-local', PATH: `${bin}:/usr/bin:/bin` };
  const result = await implementWorkOrder({ ...fixture.implementOptions, runner, policy, environment, ownKeyEnv: 'ANTHROPIC_API_KEY' });
  return { result, fixture, port };
}

describe('the real Claude Code CLI behind the allowlist proxy', () => {
  it('talks to its allowed model API through the proxy and edits the file', async (context) => {
    if (typeof bin !== 'string') return context.skip(`claude-code could not be installed: ${bin.message}`);
    const { result, fixture, port } = await runBehindAllowlist((port) => [`api.model.test:${port}`], '120s');
    const implementer = fixture.recorder.text('implementer');
    expect(result.terminal, `${implementer}\n${fixture.recorder.text('terminal')}`).toMatchObject({ kind: 'finished' });
    expect(result.changed).toEqual(['src/greet.ts']);
    expect(fixture.recorder.text('conductor')).toContain(`network: only api.model.test:${port} (enforced by proxy)`);
    // Non-essential traffic is off, so the model API is all it asked for.
    expect(implementer).toContain('blocked connections: none');
    expect(server.requests.length).toBeGreaterThan(0);
  }, 180_000);

  it('cannot reach a model API that is not listed, and the run document names it', async (context) => {
    if (typeof bin !== 'string') return context.skip(`claude-code could not be installed: ${bin.message}`);
    const { result, fixture, port } = await runBehindAllowlist(() => ['api.anthropic.com'], '40s');
    expect(result.terminal.kind).not.toBe('finished');
    expect(result.changed).toEqual([]);
    expect(fixture.recorder.text('implementer')).toMatch(new RegExp(`blocked connections: api\\.model\\.test:${port} \\(\\d+×`));
  }, 180_000);
});
