import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPresetProvider } from '../../../src/adapters/agents/preset-provider.ts';
import { createJudgedRunner } from '../../../src/adapters/process/create-judged-runner.ts';
import { createPresetParser, type AgentPresetName } from '../../../src/core/agents/presets/agent-presets.ts';
import { detectRecordedPreset } from '../../../src/core/agents/presets/recorded-file-edits.ts';
import { createStreamParser } from '../../../src/core/agents/split-stream-lines.ts';
import type { WorkOrderInput } from '../../../src/core/workorder/work-order-schema.ts';
import { implementWorkOrder } from '../../../src/workflows/implement/implement-work-order.ts';
import { agentCliBinDir, agentClis, installAgentCli, type AgentCliName } from '../../helpers/agent-clis.ts';
import { startFakeModelServer, type FakeModelServer } from '../../helpers/fake-model-server.ts';
import { baseFiles, canaries, implementFixture, testPolicy, testWorkOrder } from '../../helpers/implement-fixture.ts';

// The real Claude Code, Codex, Gemini and Copilot CLIs from npm, run through their Shopfloor presets inside the
// bubblewrap box against a model server on 127.0.0.1 that scripts one edit. Under CI the CLIs must
// install; elsewhere a machine without the registry skips with the reason.

const goodbye = 'export const greet = (name: string) => `hello ${name}`;\nexport const goodbye = (name: string) => `goodbye ${name}`;\n';
const keyEnv = 'SHOPFLOOR_FAKE_MODEL_KEY';

interface Case {
  readonly cli: AgentCliName;
  readonly preset: AgentPresetName;
  readonly model: string;
  /** Where the CLI is told to find its model API, and anything else it needs to run headless here. */
  readonly env: (url: string, settingsDir: string) => Record<string, string>;
  readonly args?: (url: string) => string[];
  readonly shows: readonly string[];
  /** A budget its reported usage goes past, and which one breaks. */
  readonly over: WorkOrderInput['budget'];
  readonly breached: 'tokens' | 'turns';
}

const cases: readonly Case[] = [
  {
    cli: 'claude-code',
    preset: 'claude-code',
    model: 'claude-sonnet-4-5',
    env: (url) => ({ ANTHROPIC_BASE_URL: url, ANTHROPIC_API_KEY: 'sk-ant-fake-local', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1', DISABLE_AUTOUPDATER: '1' }),
    shows: ['session started (model claude-sonnet-4-5)', '→ read src/greet.ts', '→ edit src/greet.ts', 'agent finished: src/greet.ts now says goodbye.', 'spend: 3 turns, 3,720 tokens (3,600 in, 120 out), $'],
    over: { tokens: 500 },
    breached: 'tokens',
  },
  {
    cli: 'codex',
    preset: 'codex',
    model: 'gpt-5.5',
    env: () => ({ [keyEnv]: 'sk-fake-local' }),
    // Codex's documented custom provider: https://github.com/openai/codex/blob/main/docs/config.md#model_providers
    args: (url) => ['-c', 'model_provider="local"', '-c', `model_providers.local={ name = "local", base_url = "${url}/v1", env_key = "${keyEnv}", wire_api = "responses" }`],
    shows: ['session started', '→ edit /', '/wt/src/greet.ts', 'src/greet.ts now says goodbye.', 'spend: 2 turns, 3,120 tokens (3,000 in, 120 out)'],
    over: { tokens: 500 },
    breached: 'tokens',
  },
  {
    cli: 'gemini',
    preset: 'gemini',
    model: 'gemini-2.5-flash',
    // GOOGLE_GEMINI_BASE_URL alone selects the "gateway" auth type, which Gemini CLI 0.61.0's own
    // validateAuthMethod then rejects ("Invalid auth method selected"): a system settings file picks the API key.
    env: (url, settingsDir) => ({ GOOGLE_GEMINI_BASE_URL: url, GEMINI_API_KEY: 'fake-local', GEMINI_CLI_SYSTEM_SETTINGS_PATH: join(settingsDir, 'settings.json') }),
    shows: ['session started (model gemini-2.5-flash)', '→ edit src/greet.ts', 'agent finished', 'spend: 1 turns, 2,900 tokens (2,800 in, 100 out)'],
    over: { tokens: 500 },
    breached: 'tokens',
  },
  {
    cli: 'copilot',
    preset: 'copilot',
    model: 'claude-sonnet-4.5',
    // Copilot CLI's documented BYOK mode (`copilot help environment`): no GitHub login, no network but the provider.
    env: (url) => ({ COPILOT_OFFLINE: 'true', COPILOT_PROVIDER_BASE_URL: url, COPILOT_PROVIDER_TYPE: 'anthropic', COPILOT_PROVIDER_API_KEY: 'fake-local' }),
    // Its JSON stream reports premium requests, never tokens (copilot-cli#4107): turns are what it spends here.
    shows: ['session started (model claude-sonnet-4.5)', '→ read /', '→ edit /', '/wt/src/greet.ts', 'src/greet.ts now says goodbye.', 'spend: 3 turns, 0 tokens'],
    over: { turns: 1 },
    breached: 'turns',
  },
];

const ci = process.env.CI === 'true';
const installed = new Map<AgentCliName, string | Error>();

beforeAll(() => {
  for (const { cli } of cases) {
    try {
      installed.set(cli, installAgentCli(cli));
    } catch (error) {
      if (ci) throw error;
      installed.set(cli, error as Error);
    }
  }
}, 1_200_000);

let server: FakeModelServer;
beforeAll(async () => {
  server = await startFakeModelServer({ path: 'src/greet.ts', original: baseFiles['src/greet.ts'], content: goodbye, finalText: 'src/greet.ts now says goodbye.' });
});
afterAll(() => server?.close());

/** A settings directory the box can read, outside any world-writable parent (Gemini refuses those). */
function geminiSettingsDir(): string {
  const dir = join(realpathSync(join(agentCliBinDir('gemini'), '..', '..', '..')), 'gemini-system-settings');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), `${JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } })}\n`);
  return dir;
}

async function runReal(testCase: Case, budget?: WorkOrderInput['budget']) {
  const bin = installed.get(testCase.cli);
  if (typeof bin !== 'string') throw bin ?? new Error('not installed');
  const settingsDir = geminiSettingsDir();
  const extraEnv = testCase.env(server.url, settingsDir);
  const raw: string[] = [];
  const provider = createPresetProvider({
    name: 'agent',
    preset: testCase.preset,
    settings: { commands: [['node', 'scripts/check.mjs']], model: testCase.model, ...(testCase.args ? { args: testCase.args(server.url) } : {}) },
    runner: createJudgedRunner(),
    record: (chunk) => void raw.push(chunk),
  });
  const fixture = await implementFixture(provider, { workOrder: testWorkOrder({ budget: { wallClock: '120s', ...budget } }) });
  const keyName = Object.keys(extraEnv).find((name) => /KEY/.test(name));
  const policy = {
    ...fixture.implementOptions.policy,
    agents: { ...testPolicy, providers: { agent: { preset: testCase.preset, ...(keyName ? { apiKeyEnv: keyName } : {}) } }, env: [...(testPolicy.env ?? []), ...Object.keys(extraEnv).filter((name) => name !== keyName)] },
    isolation: { mode: 'sandbox' as const, network: { gates: false, agents: true }, readOnly: [settingsDir] },
  };
  const environment = { ...fixture.implementOptions.environment, ...extraEnv, PATH: `${bin}:/usr/bin:/bin` };
  const result = await implementWorkOrder({ ...fixture.implementOptions, policy, environment, ...(keyName ? { ownKeyEnv: keyName } : {}) });
  return { ...fixture, result, raw: raw.join('') };
}

describe.each(cases)('the real $cli CLI through its preset, boxed, against a local model server', (testCase) => {
  const { version } = agentClis[testCase.cli];
  it(`${version}: streams live events, edits the file, finishes and counts its spend`, async (context) => {
    const bin = installed.get(testCase.cli);
    if (typeof bin !== 'string') return context.skip(`${testCase.cli} could not be installed: ${bin?.message}`);
    const { result, recorder, raw, repo } = await runReal(testCase);
    const implementer = recorder.text('implementer');
    expect(result.terminal, `${JSON.stringify(result.terminal)}\n${implementer}\n${recorder.text('terminal')}`).toMatchObject({ kind: 'finished' });
    expect(result.changed, `${implementer}\n${recorder.text('terminal')}`).toEqual(['src/greet.ts']);
    expect(await repo.git.diff(repo.dir, result.base, result.branch)).toMatchObject([{ path: 'src/greet.ts', status: 'M' }]);
    for (const line of testCase.shows) expect(implementer).toContain(line);
    expect(testCase.breached === 'tokens' ? result.usage.tokens : result.usage.turns).toBeGreaterThan(0);
    expect(recorder.text('conductor')).toContain('network: every host');
    // The real stream is what was parsed: every line is one of the CLI's documented events.
    expect(raw.split('\n').filter(Boolean).every((line) => line.startsWith('{'))).toBe(true);
    expect(implementer).not.toContain('"type"');
    for (const secret of Object.values(canaries)) expect(JSON.stringify([result, recorder.lines, raw])).not.toContain(secret);
    if (process.env.SHOPFLOOR_RECORD_AGENT_STREAMS) writeFileSync(join(import.meta.dirname, '../../fixtures/agents/real', `${testCase.cli}-${version}.jsonl`), raw);
  }, 180_000);

  it(`${version}: is stopped at the ${testCase.breached} budget by the usage it reports`, async (context) => {
    const bin = installed.get(testCase.cli);
    if (typeof bin !== 'string') return context.skip(`${testCase.cli} could not be installed: ${bin?.message}`);
    const { result, recorder } = await runReal(testCase, testCase.over);
    expect(result.terminal).toMatchObject({ kind: 'budget-exhausted', budget: testCase.breached });
    expect(recorder.text('conductor')).toContain(`stopping agent: budget exhausted: ${testCase.breached}`);
  }, 180_000);
});

describe('the recorded real streams (test/fixtures/agents/real/<cli>-<version>.jsonl)', () => {
  it.each(cases)('$cli parse into events with no unparsed line, and replay as a recorded session', async ({ cli, preset }) => {
    const text = await readFile(join(import.meta.dirname, '../../fixtures/agents/real', `${cli}-${agentClis[cli].version}.jsonl`), 'utf8');
    const parser = createStreamParser(createPresetParser(preset));
    const events = [...parser.push(text), ...parser.end()];
    expect(events.filter((event) => event.kind === 'unparsed')).toEqual([]);
    expect(events.map((event) => event.kind)).toEqual(expect.arrayContaining(['started', 'tool-call', 'usage']));
    expect(events.some((event) => event.kind === 'tool-call' && event.tool === 'edit' && event.target.endsWith('src/greet.ts'))).toBe(true);
    expect(detectRecordedPreset(text)).toBe(preset);
  });
});
