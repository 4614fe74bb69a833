import { describe, expect, it } from 'vitest';
import type { Git } from '../../../src/ports/git.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';

const priceCheck = `node -e "process.exit(require('./src/price.js').total(2, 3) === 5 ? 0 : 1)"`;
const policy = `apiVersion: shopfloor/v1
gates:
  - id: price
    run: ${JSON.stringify(priceCheck)}
canary:
  build: "true"
  flows:
    - id: price
      run: ${JSON.stringify(priceCheck)}
`;

/** Lands a work order the way the merge queue does: a branch, a commit, a --no-ff merge naming it. */
async function land(dir: string, git: Git, id: string, files: Record<string, string>, trailers = ''): Promise<string> {
  await git.createBranch(dir, `agent/${id}`, 'main');
  await git.checkout(dir, `agent/${id}`);
  await writeFiles(dir, files);
  await git.addAll(dir);
  // Shopfloor's own trailers on the agent's commit: the attempt's start is where its lead time begins.
  await git.commit(dir, `${id}: change\n\nShopfloor-Work-Order: ${id}\nShopfloor-Started: ${new Date().toISOString()}`);
  await git.checkout(dir, 'main');
  const merged = await git.merge(dir, `agent/${id}`, `Merge agent/${id}\n\nWork-Order: ${id}${trailers}`);
  if (!merged.ok) throw new Error(merged.message);
  return merged.sha;
}

/** A real history of eight merges; wo-5 breaks the price, wo-3 opted out of auto-revert, wo-7 builds on wo-2. */
async function breakingHistory() {
  const repo = await createGitRepo({ 'src/price.js': 'exports.total = (a, b) => a + b;\n', '.github/shopfloor.yml': policy, 'README.md': '# shop\n', '.gitignore': '.shopfloor/\n' });
  const { dir, git } = repo;
  const merges: Record<string, string> = {};
  for (let n = 1; n <= 8; n++) {
    const id = `wo-${n}`;
    const files: Record<string, string> =
      n === 5 ? { 'src/price.js': 'exports.total = (a, b) => a + b + 1;\n' } : n === 7 ? { 'src/cart-2.js': `// builds on wo-2\n` } : { [`src/cart-${n}.js`]: `// feature ${n}\n` };
    merges[id] = await land(dir, git, id, files, n === 3 ? '\nLabels: no-auto-revert' : '');
  }
  return { ...repo, merges };
}

/**
 * A check that fails about one run in three whatever the code does: the flaky flow users complain about.
 * Each probe runs boxed in a fresh work copy with nothing shared between runs, so the flake comes from
 * /dev/urandom, not a counter; the planner's flake model (confidence 0.999) is what keeps it right.
 */
function flakyCheck(): string {
  return `if [ $(od -An -N1 -tu1 /dev/urandom) -lt 85 ]; then echo "flaky: connection reset"; exit 1; fi; ${priceCheck}`;
}

describe('canary, bisect, revert and metrics on a throwaway repository', { timeout: 120_000 }, () => {
  it('names the breaking merge despite a flaky check, reverts it, refuses the wrong ones, and the metrics show it', async () => {
    const { dir, git, head: first, merges } = await breakingHistory();
    // A dirty checkout: bisect and revert must not touch it.
    await writeFiles(dir, { 'README.md': '# shop (local edit)\n', 'scratch.txt': 'untracked\n' });
    const statusBefore = await git.status(dir);
    const headBefore = await git.revParse(dir, 'HEAD');

    const red = await runShopfloor(['canary'], { cwd: dir });
    expect(red.stdout).toContain('canary RED');
    expect(red.code).toBe(1);

    const check = flakyCheck();
    const bisect = await runShopfloor(['bisect', '--good', first, '--bad', 'main', '--run', check, '--runners', '3', '--flake-rate', '0.3', '--json'], { cwd: dir });
    expect(bisect.stderr).toBe('');
    const found = JSON.parse(bisect.stdout) as { ok: boolean; plan: { kind: string; culprit: { sha: string }; confidence: number } };
    expect(found.plan.kind).toBe('found');
    expect(found.plan.culprit.sha).toBe(merges['wo-5']);
    expect(found.plan.confidence).toBeGreaterThanOrEqual(0.999);

    const refusedOptOut = await runShopfloor(['revert', merges['wo-3']!], { cwd: dir });
    expect(refusedOptOut.code).toBe(1);
    expect(refusedOptOut.stdout).toContain('[opted-out]');
    const refusedDependents = await runShopfloor(['revert', merges['wo-2']!], { cwd: dir });
    expect(refusedDependents.stdout).toContain('[dependents]');

    const revert = await runShopfloor(['revert', found.plan.culprit.sha, '--confidence', String(found.plan.confidence), '--run', check, '--json'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(revert.stderr).toBe('');
    const created = JSON.parse(revert.stdout) as { created: boolean; plan: { branch: string; mainline: number }; gates: { passed: boolean }; merge: { autoMerge: boolean }; workOrder: { path: string } };
    expect(created).toMatchObject({ created: true, plan: { mainline: 1 }, gates: { passed: true }, canary: 'GREEN', merge: { autoMerge: true } });
    expect(await git.show(dir, created.plan.branch, 'src/price.js')).toBe('exports.total = (a, b) => a + b;\n');
    // The full verify ran on the revert: its signed report is noted on the revert commit.
    expect(await git.notesShow(dir, 'refs/notes/shopfloor', (created as unknown as { revertSha: string }).revertSha)).toContain('"signature"');
    expect(await git.show(dir, created.plan.branch, created.workOrder.path)).toContain('fails when run on');

    const inFlight = await runShopfloor(['revert', merges['wo-6']!], { cwd: dir });
    expect(inFlight.stdout).toContain('[in-flight]');
    // Asking again for the same culprit redoes that revert (its unmerged branch was the earlier try), instead of refusing it as in flight.
    const again = await runShopfloor(['revert', found.plan.culprit.sha, '--confidence', String(found.plan.confidence), '--run', check, '--json'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.stdout)).toMatchObject({ created: true, plan: { branch: created.plan.branch }, merge: { autoMerge: true } });

    expect(await git.status(dir)).toEqual(statusBefore);
    expect(await git.revParse(dir, 'HEAD')).toBe(headBefore);

    await git.raw(dir, ['stash', '--include-untracked']);
    expect((await git.merge(dir, created.plan.branch, `Merge ${created.plan.branch}`)).ok).toBe(true);
    const green = await runShopfloor(['canary'], { cwd: dir });
    expect(green.stdout).toContain('canary GREEN');
    expect(await git.revParse(dir, 'refs/shopfloor/canary/last-good')).toBe(await git.revParse(dir, 'HEAD'));

    const alreadyReverted = await runShopfloor(['revert', merges['wo-5']!], { cwd: dir });
    expect(alreadyReverted.stdout).toContain('[already-reverted]');
    expect(alreadyReverted.stdout).toContain('[recovered]');
    const revertOfRevert = await runShopfloor(['revert', 'HEAD'], { cwd: dir });
    expect(revertOfRevert.stdout).toContain('[is-revert]');

    const metrics = await runShopfloor(['metrics', '--json'], { cwd: dir });
    const figures = JSON.parse(metrics.stdout) as { changeFailure: { count: number; of: number }; incidents: { restoredMs?: number }[]; canaryFailure: { count: number; of: number }; leadTimes: unknown[] };
    expect(figures.changeFailure).toMatchObject({ count: 1, of: 8 });
    expect(figures.canaryFailure).toMatchObject({ count: 1, of: 2 });
    expect(figures.incidents).toHaveLength(1);
    expect(figures.incidents[0]!.restoredMs).toBeGreaterThanOrEqual(0);
    expect(figures.leadTimes).toHaveLength(8);
    const markdown = await runShopfloor(['metrics', '--markdown'], { cwd: dir });
    expect(markdown.stdout).toContain('xychart-beta');
  });

  it('refuses bad ranges with exit 2 and a clear message', async () => {
    const { dir, head: first, merges } = await breakingHistory();
    const notAncestor = await runShopfloor(['bisect', '--good', 'main', '--bad', first, '--run', 'true'], { cwd: dir });
    expect(notAncestor.code).toBe(2);
    expect(notAncestor.stderr).toContain('is not an ancestor of --bad');
    const empty = await runShopfloor(['bisect', '--good', 'main', '--bad', 'main', '--run', 'true'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('has no commits');
    const unknown = await runShopfloor(['bisect', '--good', 'nope', '--run', 'true'], { cwd: dir });
    expect(unknown.stderr).toContain('--good "nope" is not a commit');
    const sideCommit = await runShopfloor(['revert', `${merges['wo-5']}^2`], { cwd: dir });
    expect(sideCommit.code).toBe(2);
    expect(sideCommit.stderr).toContain('not a first-parent commit');
  });

  it('stops a probe that never exits at --timeout and counts it as bad', async () => {
    const { dir, head: first, merges } = await breakingHistory();
    const hang = `if ${priceCheck}; then exit 0; else sleep 30; fi`;
    const result = await runShopfloor(['bisect', '--good', first, '--run', hang, '--timeout', '2s', '--json'], { cwd: dir });
    const parsed = JSON.parse(result.stdout) as { plan: { kind: string; culprit: { sha: string } } };
    expect(parsed.plan).toMatchObject({ kind: 'found', culprit: { sha: merges['wo-5'] } });
  });
});
