import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildActionBundle, runActionBundle, startGitHubServer } from '../helpers/action-bundle.ts';
import { startArtifactService } from '../helpers/actions-artifact-service.ts';
import { createActionGitHubState } from '../helpers/github-action-routes.ts';
import { createGitRepo, writeFiles } from '../helpers/git-repo.ts';
import { baseFiles, workOrderFileText } from '../helpers/implement-fixture.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The agent: an external CLI that does the work order (src/greet.ts) and also edits package.json, outside the scope.
const agentScript = `const { writeFileSync } = require('node:fs');
writeFileSync('src/greet.ts', 'export const goodbye = (name) => "goodbye " + name;\\n');
writeFileSync('package.json', '{ "name": "demo", "private": true, "keywords": ["extra"] }\\n');
console.log('done');
`;

const policy = (agent: string, outside: 'hold' | 'drop' = 'hold') => `apiVersion: shopfloor/v1
gates:
  - id: unit
    run: "node -e \\"process.exit(0)\\""
scope:
  outside: ${outside}
agents:
  defaultProvider: agent
  providers:
    agent: { type: command, command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(agent)}, "{prompt}"] }
`;

let bundle: string;
let removeBundle: () => Promise<void> = async () => undefined;
let server: Awaited<ReturnType<typeof startGitHubServer>> | undefined;
beforeAll(async () => {
  ({ bundle, remove: removeBundle } = await buildActionBundle());
}, 120_000);
afterAll(() => removeBundle());
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const gitOut = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

/** A shop with a bare origin and the agent branch the App made (work order file committed on it). */
async function shop(outside: 'hold' | 'drop') {
  const agent = join(await makeTempDir('shopfloor-agent-'), 'agent.cjs');
  await writeFile(agent, agentScript);
  const repo = await createGitRepo({ ...baseFiles, '.github/shopfloor.yml': policy(agent, outside), '.gitignore': '.shopfloor/\n' });
  const origin = join(await makeTempDir('shopfloor-origin-'), 'origin.git');
  execFileSync('git', ['clone', '--quiet', '--bare', repo.dir, origin]);
  execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: repo.dir });
  execFileSync('git', ['fetch', '--quiet', 'origin'], { cwd: repo.dir });
  const branch = 'agent/wo-1/1a2b3c4d';
  await repo.git.createBranch(repo.dir, branch, 'main');
  await repo.git.checkout(repo.dir, branch);
  await writeFiles(repo.dir, { 'workorders/wo-1.yml': workOrderFileText });
  await repo.git.addAll(repo.dir);
  await repo.git.commit(repo.dir, 'Add work order wo-1 from #12');
  execFileSync('git', ['push', '--quiet', 'origin', branch], { cwd: repo.dir });
  await repo.git.checkout(repo.dir, 'main');
  execFileSync('git', ['branch', '-D', branch], { cwd: repo.dir });
  return { ...repo, origin, branch };
}

/** A fresh checkout of the pushed agent branch, as the verify job's actions/checkout leaves it. */
async function checkoutBranch(origin: string, branch: string): Promise<string> {
  const dir = join(await makeTempDir('shopfloor-verify-checkout-'), 'repo');
  execFileSync('git', ['clone', '--quiet', '--branch', branch, origin, dir]);
  execFileSync('git', ['fetch', '--quiet', 'origin', 'main:refs/remotes/origin/main'], { cwd: dir });
  return dir;
}

describe('dist/action.js: an agent change outside the scope on GitHub', { timeout: 240_000 }, () => {
  it('implement keeps the refused part as an artifact and records the refusal on its own commit; verify holds (scope not pass, required) under scope.outside: hold', async () => {
    const { dir, origin, branch } = await shop('hold');
    const state = createActionGitHubState();
    server = await startGitHubServer([state.route]);
    const artifacts = await startArtifactService();
    try {
      const implement = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, env: artifacts.env, inputs: { command: 'implement', 'work-order': 'wo-1', 'run-id': 'wo-1-1a2b3c4d', branch, 'github-token': 'ghs_test' } });
      expect(server.problems).toEqual([]);
      expect(implement.exitCode, implement.stdout).toBe(0);
      // Only the in-scope part was pushed; the commit Shopfloor made records what it left out.
      const commit = implement.outputs.commit!;
      expect(gitOut(origin, 'rev-parse', branch)).toBe(commit);
      expect(gitOut(origin, 'show', `${branch}:package.json`)).not.toContain('extra');
      expect(gitOut(origin, 'log', '-1', '--format=%B', commit)).toMatch(/\n\nShopfloor-Work-Order: wo-1\nShopfloor-Started: \d{4}-\d\d-\d\dT[\d:.]+Z\nShopfloor-Terminal: finished\nShopfloor-Refused: "package.json"\s*$/);
      // The refused part is kept as a patch artifact, linked from the pull request's evidence.
      const kept = artifacts.artifacts.find((a) => a.name === 'shopfloor-refused-wo-1-1a2b3c4d');
      expect(kept?.bytes).toBeGreaterThan(0);
      expect(String(state.pulls[0]!.body)).toContain(`kept as a patch: [download](https://github.com/octo/shop/actions/runs/4242/artifacts/${kept!.id})`);
      expect(implement.summary).toContain('left out (out of scope): `package.json`');

      const checkout = await checkoutBranch(origin, branch);
      const verify = await runActionBundle(bundle, { workspace: checkout, apiUrl: server.url, inputs: { command: 'verify', branch, 'github-token': 'ghs_test', 'upload-artifacts': 'false' } });
      expect(verify.exitCode, verify.stdout).toBe(1);
      expect(verify.outputs.verdict).toBe('fail');
      expect(verify.stdout).toContain('the implement job left out package.json');
      const report = JSON.parse(await (await import('node:fs/promises')).readFile(verify.outputs['report-path']!, 'utf8')) as { gates: { id: string; status: string; required: boolean; reason: string }[] };
      const scope = report.gates.find((g) => g.id === 'scope')!;
      expect(scope).toMatchObject({ status: 'fail', required: true });
      expect(scope.reason).toContain('nobody decided to drop it');
    } finally {
      await artifacts.close();
    }
  });

  it('under scope.outside: drop, verify lists the refusal in the scope gate but does not hold on it', async () => {
    const { dir, origin, branch } = await shop('drop');
    const state = createActionGitHubState();
    server = await startGitHubServer([state.route]);
    const implement = await runActionBundle(bundle, { workspace: dir, apiUrl: server.url, inputs: { command: 'implement', 'work-order': 'wo-1', 'run-id': 'wo-1-1a2b3c4d', branch, 'github-token': 'ghs_test' } });
    expect(implement.exitCode, implement.stdout).toBe(0);
    // No artifact service here: the job says the patch could not be kept, and goes on.
    expect(implement.stdout).toContain('could not be kept as an artifact');
    const checkout = await checkoutBranch(origin, branch);
    const verify = await runActionBundle(bundle, { workspace: checkout, apiUrl: server.url, inputs: { command: 'verify', branch, 'github-token': 'ghs_test', 'upload-artifacts': 'false' } });
    expect(verify.outputs.verdict, verify.stdout).toBe('pass');
    const report = JSON.parse(await (await import('node:fs/promises')).readFile(verify.outputs['report-path']!, 'utf8')) as { gates: { id: string; status: string; required: boolean; reason: string }[] };
    expect(report.gates.find((g) => g.id === 'scope')).toMatchObject({ status: 'fail', required: false });
  });

  it('widening the scope on the branch and running implement again (a retry) lands the change with no refusal left: verify passes', async () => {
    const { dir, origin, branch } = await shop('hold');
    const state = createActionGitHubState();
    server = await startGitHubServer([state.route]);
    const implement = (runId: string) => runActionBundle(bundle, { workspace: dir, apiUrl: server!.url, inputs: { command: 'implement', 'work-order': 'wo-1', 'run-id': runId, branch, 'github-token': 'ghs_test' } });
    const first = await implement('wo-1-1a2b3c4d');
    expect(gitOut(origin, 'log', '-1', '--format=%B', first.outputs.commit!)).toContain('Shopfloor-Refused: "package.json"');
    // A user widens the scope on the agent branch; the retry's job continues from that tip.
    const user = await checkoutBranch(origin, branch);
    await writeFiles(user, { 'workorders/wo-1.yml': workOrderFileText.replace('paths: ["src/**"]', 'paths: ["src/**", "package.json"]') });
    execFileSync('git', ['-c', 'user.name=u', '-c', 'user.email=u@example.test', 'commit', '--quiet', '-am', 'wo-1: widen the scope to package.json'], { cwd: user });
    execFileSync('git', ['push', '--quiet', 'origin', branch], { cwd: user });
    const retried = await implement('wo-1-1a2b3c4d');
    expect(retried.exitCode, retried.stdout).toBe(0);
    expect(gitOut(origin, 'show', `${branch}:package.json`)).toContain('extra');
    expect(gitOut(origin, 'log', '-1', '--format=%B', retried.outputs.commit!)).not.toContain('Shopfloor-Refused');
    const checkout = await checkoutBranch(origin, branch);
    const verify = await runActionBundle(bundle, { workspace: checkout, apiUrl: server.url, inputs: { command: 'verify', branch, 'github-token': 'ghs_test', 'upload-artifacts': 'false' } });
    expect(verify.outputs.verdict, verify.stdout).toBe('pass');
    expect(verify.stdout).not.toContain('the implement job left out');
});
});
