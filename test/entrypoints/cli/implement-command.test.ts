import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { baseFiles, workOrderFileText } from '../../helpers/implement-fixture.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const transcript = join(import.meta.dirname, '../../fixtures/agents/replay/goodbye.json');
const workOrder = workOrderFileText;
const policy = `apiVersion: shopfloor/v1
agents:
  commands: [["node", "scripts/check.mjs"]]
  providers:
    demo: { type: replay }
    external: { type: command, command: ["${process.execPath}", "-e", "require('fs').appendFileSync('src/greet.ts', '// touched by an external agent\\\\n')"] }
  defaultProvider: demo
`;

describe('shopfloor implement', () => {
  it('implements a work order with a replay transcript and prints the result as JSON', async () => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrder, '.github/shopfloor.yml': policy });
    const worktree = join(await makeTempDir('shopfloor-cli-wt-'), 'wt');
    const run = await runShopfloor(['implement', 'wo-1', '--provider', 'replay', '--transcript', transcript, '--json', '--worktree', worktree], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'ghs_CANARYcliToken000000000000000000000' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { terminal: { kind: string }; branch: string; commit: string; changed: string[] };
    expect(result.terminal.kind).toBe('finished');
    expect(result.branch).toMatch(/^agent\/wo-1\/[0-9a-f]{8}$/);
    expect(await repo.git.revParse(repo.dir, result.branch)).toBe(result.commit);
    expect(run.stdout).not.toContain('ghs_CANARY');
    expect((JSON.parse(run.stdout) as { worktree: string }).worktree).toBe(worktree);
  });

  it('runs the policy\'s command provider and prints a human summary with the run document on stderr', async () => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrder, '.github/shopfloor.yml': policy });
    const worktree = join(await makeTempDir('shopfloor-cli-wt-'), 'wt');
    const run = await runShopfloor(['implement', 'wo-1', '--provider', 'command', '--worktree', worktree], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ wo-1: finished');
    expect(run.stdout).toMatch(/committed 1 change\(s\) on agent\/wo-1\//);
    expect(run.stderr).toContain('[conductor] spawn worker implementer: external provider external');
  });

  it.each([
    [['implement', 'nope', '--provider', 'replay', '--transcript', transcript], 'no valid work order "nope"'],
    [['implement', 'wo-1', '--provider', 'magic'], '--provider "magic" is not known'],
    [['implement', 'wo-1', '--provider', 'replay'], 'needs --transcript'],
    [['implement', 'wo-1', '--provider', 'replay', '--transcript', 'missing.json'], 'cannot read the transcript'],
  ])('refuses bad input %j with exit 2', async (args, message) => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrder, '.github/shopfloor.yml': policy });
    const run = await runShopfloor(args, { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('shopfloor implement with agent profiles', () => {
  const azure = '    azure: { type: openai, model: gpt-4o, baseUrl: "https://contoso.openai.azure.com/openai/deployments/gpt-4o", apiVersion: "2024-10-21", apiKeyEnv: AZURE_OPENAI_KEY }\n';
  const profiles = '  profiles:\n    outside: { provider: external }\n    tight: { provider: demo, budget: { turns: 1 } }\n    azure-mini: { provider: azure, model: gpt-4o-mini }\n';
  const withProfiles = `${policy.replace('    demo: { type: replay }\n', `    demo: { type: replay }\n${azure}`)}${profiles}`;
  const repoWith = (profile: string) => createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': `${workOrder}agent:\n  profile: ${profile}\n`, '.github/shopfloor.yml': withProfiles });
  const worktree = async () => join(await makeTempDir('shopfloor-cli-wt-'), 'wt');

  it('runs the provider the work order\'s profile names instead of the default one', async () => {
    const repo = await repoWith('outside');
    const run = await runShopfloor(['implement', 'wo-1', '--worktree', await worktree()], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '' } });
    expect(run.stderr).toContain('[conductor] spawn worker implementer: external provider external');
    expect(run.code).toBe(0);
  });

  it('applies the profile\'s budget defaults', async () => {
    const repo = await repoWith('tight');
    const run = await runShopfloor(['implement', 'wo-1', '--transcript', transcript, '--json', '--worktree', await worktree()], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '' } });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ terminal: { kind: 'budget-exhausted', budget: 'turns' } });
  });

  it('calls an Azure OpenAI deployment with the profile\'s model, the api-version query and the api-key header', async () => {
    nock.disableNetConnect();
    const seen: { model?: string } = {};
    const scope = nock('https://contoso.openai.azure.com', { reqheaders: { 'api-key': 'azure-test-key' } })
      .post('/openai/deployments/gpt-4o/chat/completions', (body: { model: string }) => Boolean((seen.model = body.model)))
      .query({ 'api-version': '2024-10-21' })
      .reply(401, { error: { message: 'Access denied due to invalid subscription key.' } });
    try {
      const repo = await repoWith('azure-mini');
      const run = await runShopfloor(['implement', 'wo-1', '--json', '--worktree', await worktree()], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '', AZURE_OPENAI_KEY: 'azure-test-key' } });
      expect(scope.isDone()).toBe(true);
      expect(seen.model).toBe('gpt-4o-mini');
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ terminal: { kind: 'provider-failed', message: expect.stringContaining('refused the key (HTTP 401)') } });
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it('refuses a profile the policy does not declare, with did-you-mean, exit 2', async () => {
    const repo = await repoWith('tigth');
    const run = await runShopfloor(['implement', 'wo-1'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('wo-1 asks for agent profile "tigth", which .github/shopfloor.yml does not declare under agents.profiles; did you mean "tight"?');
  });
});
