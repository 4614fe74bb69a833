import { describe, expect, it } from 'vitest';
import { resolveAgentSetup } from '../../../src/core/agents/resolve-agent-setup.ts';
import type { AgentsPolicy } from '../../../src/core/policy/agents-schema.ts';
import { workOrderSchema } from '../../../src/core/workorder/work-order-schema.ts';

const agents: AgentsPolicy = {
  providers: { azure: { type: 'openai', model: 'gpt-4o' }, codex: { type: 'command', command: ['codex', '{prompt}'] } },
  defaultProvider: 'codex',
  commands: [['npm', 'test']],
  env: ['CI'],
  profiles: { careful: { provider: 'azure', model: 'gpt-4o-mini', budget: { turns: 10, wallClock: '15m' }, commands: [['cargo', 'test']], env: ['RUST_LOG', 'CI'] } },
};
const order = (extra: object) => workOrderSchema.parse({ apiVersion: 'shopfloor/v1', id: 'wo-1', title: 'T', goal: 'G.', kind: 'feature', scope: { paths: ['src/**'] }, acceptance: { criteria: ['done'] }, ...extra });

describe('resolveAgentSetup', () => {
  it('applies a profile: its provider and model, its budget under the work order\'s, its commands and env added', () => {
    const result = resolveAgentSetup(order({ agent: { profile: 'careful' }, budget: { turns: 4 } }), agents);
    expect(result).toEqual({
      ok: true,
      value: {
        providerName: 'azure', profileName: 'careful', model: 'gpt-4o-mini', budget: { turns: 4, wallClock: '15m' },
        agents: { ...agents, commands: [['npm', 'test'], ['cargo', 'test']], env: ['CI', 'RUST_LOG'] },
      },
    });
  });

  it.each([
    ['no agent section: the default provider, the policy as it is', {}, { ok: true, value: { providerName: 'codex', agents } }],
    ['the work order\'s own provider', { agent: { provider: 'azure' } }, { ok: true, value: { providerName: 'azure', agents } }],
    ['an unknown profile', { agent: { profile: 'carefull' } }, { ok: false, error: 'wo-1 asks for agent profile "carefull", which .github/shopfloor.yml does not declare under agents.profiles; did you mean "careful"?' }],
    ['an unknown provider', { agent: { provider: 'codx' } }, { ok: false, error: 'wo-1 asks for provider "codx", which .github/shopfloor.yml does not declare under agents.providers; did you mean "codex"?' }],
    ['a provider that contradicts the profile', { agent: { provider: 'codex', profile: 'careful' } }, { ok: false, error: 'wo-1 names provider "codex" but its profile "careful" uses "azure"; drop agent.provider or pick a profile for that provider' }],
  ])('%s', (_, extra, expected) => {
    expect(resolveAgentSetup(order(extra), agents)).toEqual(expected);
  });
});
