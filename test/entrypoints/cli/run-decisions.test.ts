import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Git } from '../../../src/ports/git.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { createVendoredLoopRepo } from '../../helpers/vendored-loop-repo.ts';

interface Row { id: string; state: string; detail?: string; runId?: string; holds: { message: string; releaseBy: string }[] }
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_PATH: 'vendor', USER: 'ada' };

/** The vendored project with only the work order whose agent also edits package.json. */
async function securityOnly(policyExtra = '') {
  const repo = await createVendoredLoopRepo();
  await rm(join(repo.dir, 'workorders', 'faster-total.yml'));
  if (policyExtra) await writeFile(join(repo.dir, '.github', 'shopfloor.yml'), `${await readFile(join(repo.dir, '.github', 'shopfloor.yml'), 'utf8')}${policyExtra}`);
  await repo.git.addAll(repo.dir);
  await repo.git.commit(repo.dir, 'only the security work order');
  const run = async (...extra: string[]) => {
    const result = await runShopfloor(['run', '--repo', repo.dir, '--parallel', '1', '--json', ...extra], { cwd: repo.dir, env });
    if (result.code === 2) throw new Error(result.stderr);
    return (JSON.parse(result.stdout) as { rows: Row[] }).rows.find((r) => r.id === 'security-policy')!;
  };
  return { ...repo, run };
}

async function landedScopeGate(git: Git, dir: string): Promise<{ status: string; required: boolean; reason: string }> {
  const report = JSON.parse((await git.notesShow(dir, 'refs/notes/shopfloor', 'main'))!) as { gates: { id: string; status: string; required: boolean; reason: string }[] };
  return report.gates.find((g) => g.id === 'scope')!;
}

const agentBranches = async (git: Git, dir: string) => (await git.raw(dir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads/agent/'])).stdout.split('\n').filter(Boolean);

describe('decisions about a held work order', () => {
  it('--retry makes a fresh attempt on a new branch, --accept-drop lands the in-scope part and records who decided', async () => {
    const { dir, git, run } = await securityOnly();
    expect((await run()).state).toBe('held');
    const [firstBranch] = await agentBranches(git, dir);

    const retried = await run('--retry', 'security-policy');
    expect(retried.state).toBe('held');
    expect(retried.detail).toBe(`fresh agent attempt 2: retry asked (shopfloor run --retry security-policy); the previous attempt stays as ${firstBranch}`);
    expect(await agentBranches(git, dir)).toHaveLength(2);

    const accepted = await run('--accept-drop', 'security-policy');
    expect(accepted.state).toBe('merged');
    expect(accepted.detail).toContain('dropping its refused part was accepted');
    expect(await git.show(dir, 'main', 'SECURITY.md')).toContain('# Security');
    expect(JSON.parse((await git.show(dir, 'main', 'package.json'))!).keywords).toBeUndefined();
    const document = readFileSync(join(dir, '.shopfloor', 'runs', accepted.runId!, 'document.md'), 'utf8');
    expect(document).toContain('decision: ada (shopfloor run --accept-drop) accepted dropping the refused change to package.json');
    const scope = await landedScopeGate(git, dir);
    expect([scope.status, scope.required]).toEqual(['fail', false]);
    expect(scope.reason).toContain('package.json');
    expect(scope.reason).toContain('dropped by decision of ada (shopfloor run --accept-drop)');
    // Held twice, then merged by a person's decision: no merge without a person, and every decision counted.
    const metrics = await runShopfloor(['metrics', '--repo', dir, '--rev', 'main', '--json'], { cwd: dir, env });
    const figures = JSON.parse(metrics.stdout) as { mergeSuccess: unknown; leadTimes: { workOrder: string }[] };
    expect(figures.mergeSuccess).toEqual({ count: 0, of: 1, rate: 0, held: 1, failed: 0, attempts: { merged: 1, held: 2, failed: 0 } });
    expect(figures.leadTimes.map((l) => l.workOrder)).toEqual(['security-policy']);
  }, 180_000);

  it('a policy changed since the hold verifies the same commit again under it, with no new agent attempt', async () => {
    const { dir, git, run } = await securityOnly();
    expect((await run()).state).toBe('held');
    const unchanged = await run();
    expect(unchanged.detail).toContain('neither it, the work order nor the policy changed since');
    const policy = join(dir, '.github', 'shopfloor.yml');
    await writeFile(policy, `${await readFile(policy, 'utf8')}scope: { outside: drop }\n`);
    await git.addAll(dir);
    await git.commit(dir, 'Drop what agents change outside their scope');
    const released = await run();
    expect(released.state).toBe('merged');
    expect(released.detail).toContain('the policy changed since it was held; verifying the same commit again under the new policy (no new agent attempt)');
    expect(await agentBranches(git, dir)).toHaveLength(1);
    expect(await git.show(dir, 'main', 'SECURITY.md')).toContain('# Security');
  }, 180_000);

  it('with scope.outside: drop the in-scope part lands at once, and the report still lists the refused path', async () => {
    const { dir, git, run } = await securityOnly('scope: { outside: drop }\n');
    expect((await run()).state).toBe('merged');
    const scope = await landedScopeGate(git, dir);
    expect([scope.status, scope.required, scope.reason]).toEqual(['fail', false, expect.stringContaining('dropped by the policy (scope.outside: drop)')]);
  }, 120_000);

  it('refuses --retry or --accept-drop of a work order that does not exist, with exit 2', async () => {
    const { dir } = await securityOnly();
    const result = await runShopfloor(['run', '--repo', dir, '--retry', 'security'], { cwd: dir, env });
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining('--retry names "security", not a work order on main')]);
  }, 60_000);
});
