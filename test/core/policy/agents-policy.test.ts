import { describe, expect, it } from 'vitest';
import { checkPolicyFile } from '../../../src/core/policy/check-policy-file.ts';
import { formatFinding } from '../../../src/core/validation/finding.ts';
import { validateRepo } from '../../../src/workflows/validate-repo.ts';
import { createMemoryRepoFiles } from '../../helpers/memory-repo-files.ts';

const policy = (profiles: string) => `apiVersion: shopfloor/v1
agents:
  providers:
    azure: { type: openai, model: gpt-4o, baseUrl: "https://contoso.openai.azure.com/openai/deployments/gpt-4o", apiVersion: "2024-10-21", apiKeyEnv: AZURE_OPENAI_KEY }
    codex: { type: command, command: ["codex", "exec", "{prompt}"] }
  profiles:
${profiles}`;

const check = (text: string) => checkPolicyFile(text, '.github/shopfloor.yml').findings.map(formatFinding);

describe('agents.profiles in the repo policy', () => {
  it('accepts a profile with a provider, a model override, budget defaults and extra commands and env', () => {
    const text = policy('    careful:\n      provider: azure\n      model: gpt-4o-mini\n      budget: { turns: 12, wallClock: 20m, costUsd: 0.5 }\n      commands: [["cargo", "test"]]\n      env: [RUST_LOG]\n');
    expect(check(text)).toEqual([]);
    expect(checkPolicyFile(text).policy?.agents?.profiles?.careful).toEqual({ provider: 'azure', model: 'gpt-4o-mini', budget: { turns: 12, wallClock: '20m', costUsd: 0.5 }, commands: [['cargo', 'test']], env: ['RUST_LOG'] });
  });

  it.each([
    ['an unknown provider, with did-you-mean', '    quick:\n      provider: azur\n', '.github/shopfloor.yml:8:17 agents.profiles.quick.provider: profile "quick" names provider "azur", which is not declared under agents.providers; did you mean "azure"?'],
    ['an unknown provider, with the declared ones', '    quick:\n      provider: claude\n', '.github/shopfloor.yml:8:17 agents.profiles.quick.provider: profile "quick" names provider "claude", which is not declared under agents.providers; declare it or pick one of: azure, codex'],
    ['a model for a provider that has none', '    quick:\n      provider: codex\n      model: o3\n', '.github/shopfloor.yml:9:14 agents.profiles.quick.model: profile "quick" overrides the model, but provider "codex" is of type "command", which has no model; remove model or use an openai provider or a preset'],
  ])('rejects %s at file:line:col', (_, profiles, message) => {
    expect(check(policy(profiles))).toEqual([message]);
  });

  it('accepts agent CLI presets with a profile model, and names an unknown preset where it is', () => {
    const presets = (name: string) => `apiVersion: shopfloor/v1\nagents:\n  providers:\n    claude: { preset: ${name}, model: claude-sonnet-4-5, apiKeyEnv: ANTHROPIC_API_KEY, pricing: { inputUsdPerMTok: 3, outputUsdPerMTok: 15 } }\n  network: { allow: [api.anthropic.com] }\n  profiles:\n    big: { provider: claude, model: claude-opus-4-1 }\nsetup:\n  commands:\n    - { name: install, run: npm ci, timeout: 5m }\n`;
    expect(check(presets('claude-code'))).toEqual([]);
    expect(checkPolicyFile(presets('claude-code')).policy?.setup).toEqual({ network: true, commands: [{ name: 'install', run: 'npm ci', timeout: '5m' }] });
    expect(check(presets('claude'))).toEqual(['.github/shopfloor.yml:4:23 agents.providers.claude.preset: "claude" is not allowed; use one of "claude-code", "codex", "gemini", "copilot", "openhands", "aider"']);
  });

  it('accepts hosts and *.domains in agents.network.allow, and says where an entry is a URL', () => {
    const allow = (entries: string) => `apiVersion: shopfloor/v1\nagents:\n  network:\n    allow: [${entries}]\n`;
    expect(check(allow('api.openai.com, "*.googleapis.com", "models.internal:8443"'))).toEqual([]);
    expect(check(allow('api.openai.com, "https://api.anthropic.com/v1"'))).toEqual(['.github/shopfloor.yml:4:29 agents.network.allow[1]: a host, *.domain (its subdomains) or either with :port, such as api.openai.com or *.googleapis.com:443; no scheme or path']);
  });

  it('rejects an api version that is not a date or version tag, and unknown profile fields', () => {
    const findings = check(policy('    quick:\n      provider: azure\n      modle: x\n').replace('"2024-10-21"', '"latest"'));
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatch(/^\.github\/shopfloor\.yml:4:\d+ agents\.providers\.azure\.apiVersion/);
    expect(findings[1]).toMatch(/^\.github\/shopfloor\.yml:9:7 agents\.profiles\.quick.*modle.*did you mean "model"/);
  });
});

describe('shopfloor validate: work orders against the agents policy', () => {
  const workOrder = (agent: string) => `apiVersion: shopfloor/v1\nid: wo-1\ntitle: T\ngoal: G.\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: ["done"]\n${agent}`;
  const files = (agent: string) => createMemoryRepoFiles({ '.github/shopfloor.yml': policy('    careful: { provider: azure }\n'), 'workorders/wo-1.yml': workOrder(agent) });

  it('warns (does not fail) when agent.provider or agent.profile is not declared, with did-you-mean', async () => {
    const result = await validateRepo(files('agent:\n  provider: azur\n  profile: carefull\n'));
    expect(result.findings.map(formatFinding)).toEqual([
      'workorders/wo-1.yml:11:13 agent.provider: warning: provider "azur" is not declared under agents.providers of the repo policy; did you mean "azure"?',
      'workorders/wo-1.yml:12:12 agent.profile: warning: profile "carefull" is not declared under agents.profiles of the repo policy; did you mean "careful"?',
    ]);
    expect(result.workOrders.map((w) => w.id)).toEqual(['wo-1']);
  });

  it('checks a single work-order file against the policy too, and is quiet for declared names', async () => {
    expect((await validateRepo(files('agent:\n  profile: nope\n'), ['workorders/wo-1.yml'])).findings.map((f) => f.code)).toEqual(['unknown-agent-profile']);
    expect((await validateRepo(files('agent:\n  provider: codex\n  profile: careful\n'))).findings).toEqual([]);
  });

  it('does not check agent names when the repository has no policy', async () => {
    const repo = createMemoryRepoFiles({ 'workorders/wo-1.yml': workOrder('agent:\n  profile: anything\n') });
    expect((await validateRepo(repo)).findings).toEqual([]);
  });
});
