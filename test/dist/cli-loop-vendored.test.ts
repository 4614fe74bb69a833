import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Git } from '../../src/ports/git.ts';
import { packageRoot } from '../helpers/sample-loop-repo.ts';
import { createVendoredLoopRepo, workOrder } from '../helpers/vendored-loop-repo.ts';

interface Row { id: string; state: string; detail?: string; runId?: string; refused: string[]; holds: { message: string; releaseBy: string }[] }
interface RunJson { ok: boolean; rows: Row[]; events: { type: string; workOrder?: string; message?: string; culprit?: string; sha?: string; bugWorkOrder?: string }[] }

const cli = join(packageRoot, 'dist', 'cli.js');
// NODE_PATH is relative, as in the real project: it names the vendored folder from wherever a command runs.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_PATH: 'vendor' };

function run(dir: string, ...extra: string[]): RunJson {
  const result = spawnSync(process.execPath, [cli, 'run', '--repo', dir, '--parallel', '1', '--json', ...extra], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`shopfloor run exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as RunJson;
}

/** Every commit on main's first-parent line that landed (a merge) carries a signed report proving its own tree and parents. */
async function unprovenLandings(git: Git, dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (const commit of await git.log(dir, { to: 'main', firstParent: true })) {
    if (commit.parents.length < 2) continue;
    const note = await git.notesShow(dir, 'refs/notes/shopfloor', commit.sha);
    const report = note ? (JSON.parse(note) as { head: string; tree: string; signature?: unknown; verdict: { passed: boolean } }) : undefined;
    const parents = async (sha: string) => (await git.raw(dir, ['rev-parse', `${sha}^@`])).stdout.trim();
    const proven = report && report.signature && report.verdict.passed && report.tree === (await git.treeOf(dir, commit.sha)) && (await parents(report.head)) === (await parents(commit.sha));
    if (!proven) missing.push(`${commit.sha.slice(0, 12)} ${commit.subject}`);
  }
  return missing;
}

const row = (result: RunJson, id: string) => result.rows.find((r) => r.id === id || r.id.startsWith(id))!;

describe('the loop through dist/cli.js on a project whose tests need NODE_PATH', () => {
  it('holds an out-of-scope change with its patch kept, reverts a regression that rewrote its test, lands its fix through test-first, and lands the held one after the scope is widened', async () => {
    const { dir, git } = await createVendoredLoopRepo();

    const first = run(dir);
    const story = JSON.stringify(first.events, null, 1);
    // faster-total passed the gates (its agent rewrote the test), the canary caught it, and it was reverted.
    expect(row(first, 'faster-total').state, story).toBe('reverted');
    const reverted = first.events.find((e) => e.type === 'reverted')!;
    expect(reverted.bugWorkOrder).toMatch(/^fix-[0-9a-f]{12}$/);
    // Its bug work order was implemented, passed test-first with the unit gate's NODE_PATH, and landed.
    const fix = row(first, 'fix-');
    expect(fix.state, story).toBe('merged');
    const bugWorkOrder = readFileSync(join(dir, 'workorders', `${reverted.bugWorkOrder}.yml`), 'utf8');
    expect(bugWorkOrder).toMatch(/- name: regression\n\s+run: node canary\/smoke.js\n\s+env:\n\s+- NODE_PATH\n/);

    // security-policy: the package.json edit was refused, kept as a patch, listed, and the work order held.
    const held = row(first, 'security-policy');
    expect(held.state, story).toBe('held');
    expect(held.refused.join('\n')).toContain('package.json');
    const hold = held.holds[0]!;
    expect(hold.message).toContain('the agent also changed package.json outside the scope of security-policy');
    expect(hold.releaseBy).toContain('shopfloor run --accept-drop security-policy');
    expect(hold.releaseBy).toContain('shopfloor run --retry security-policy');
    const patch = /kept as (\S+\.shopfloor\/artifacts\/sha256\/\S+?),/.exec(hold.message)![1]!;
    expect(readFileSync(patch, 'utf8')).toContain('+  "keywords": [');
    const document = readFileSync(join(dir, '.shopfloor', 'runs', held.runId!, 'document.md'), 'utf8');
    expect(document).toContain(`kept the refused change to package.json as a patch: ${patch}`);
    expect(await git.show(dir, 'main', 'SECURITY.md')).toBeUndefined();
    expect(await unprovenLandings(git, dir)).toEqual([]);

    // Unchanged and not retried: it stays held, and the output says so.
    const again = run(dir);
    expect(row(again, 'security-policy').state).toBe('held');
    expect(row(again, 'security-policy').detail).toContain('still held');

    // Widen the scope: an edited work order gets a fresh agent attempt on a new branch, and lands.
    await writeFile(join(dir, 'workorders', 'security-policy.yml'), workOrder('security-policy', 'Add a security policy', 'chore', ['SECURITY.md', 'package.json']));
    await git.addAll(dir);
    await git.commit(dir, 'Widen the scope of security-policy to package.json');
    const widened = run(dir);
    const landed = row(widened, 'security-policy');
    expect(landed.state, JSON.stringify(widened, null, 1)).toBe('merged');
    expect(landed.detail).toMatch(/fresh agent attempt 2: the work order changed since agent\/security-policy\/[0-9a-f]{8} was made/);
    expect(JSON.parse((await git.show(dir, 'main', 'package.json'))!).keywords).toEqual(['security']);
    expect(await git.show(dir, 'main', 'SECURITY.md')).toContain('# Security');
    expect(await unprovenLandings(git, dir)).toEqual([]);
    expect((await git.log(dir, { to: 'main', firstParent: true })).filter((c) => c.parents.length > 1).map((c) => c.subject.replace(/fix-[0-9a-f]{12}/, 'fix-<culprit>').replace(/"Merge [^"]*"/, '"…"'))).toEqual([
      'Merge faster-total: Make total faster',
      'Revert "…"',
      expect.stringMatching(/^Merge fix-<culprit>: Fix the regression from [0-9a-f]{12} and re-land it$/),
      'Merge security-policy: Add a security policy',
    ]);
  }, 600_000);
});
