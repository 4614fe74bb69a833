import { describe, expect, it } from 'vitest';
import { buildBugWorkOrder } from '../../../src/core/revert/build-bug-work-order.ts';
import { verifyChange } from '../../../src/workflows/verify/verify-change.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { verifyOptions } from './verify-harness.ts';

const runTests = 'for t in test/*.test.sh; do bash "$t" || exit 1; done';
// Like a mocha suite whose test dependencies come from NODE_PATH: without the variable, nothing runs.
// It runs from test/ (its workingDirectory), so a probe run from the root would find no tests at all.
const vendoredTests = `[ -d "$VENDOR_DIR" ] || { echo "Error: Cannot find module ''safe-buffer''" >&2; exit 1; }; for t in *.test.sh; do (cd .. && bash "test/$t") || exit 1; done`;
const policy = (unitGate: boolean, vendored = false) =>
  `apiVersion: shopfloor/v1\n${!unitGate ? '' : vendored ? `gates:\n  - id: unit\n    kind: unit\n    run: '${vendoredTests}'\n    env: [VENDOR_DIR]\n    workingDirectory: test\n` : `gates:\n  - id: unit\n    kind: unit\n    run: '${runTests}'\n`}`;

/**
 * main: an adder with a test; a culprit merge "speeds it up" (doubles the first operand — right for 2+2,
 * wrong for 1+3) and adds a feature with its own passing test; main reverts the merge. The fix branch
 * re-lands the change (a revert of the revert), fixes the adder, and adds `files`; it carries the bug
 * work order `buildBugWorkOrder` writes for the revert.
 */
async function fixAfterRevert(files: Record<string, string>, options: { unitGate?: boolean; vendored?: boolean; sourceEnv?: Record<string, string | undefined> } = {}) {
  const { dir, git } = await createGitRepo({
    '.github/shopfloor.yml': policy(options.unitGate ?? true, options.vendored),
    'src/add.sh': 'echo $(( $1 + $2 ))\n',
    'test/add.test.sh': '[ "$(bash src/add.sh 2 2)" = 4 ]\n',
    'vendor/README': 'test dependencies live here\n',
  });
  await git.createBranch(dir, 'agent/speedup', 'main');
  await git.checkout(dir, 'agent/speedup');
  await writeFiles(dir, { 'src/add.sh': 'echo $(( $1 * 2 ))\n', 'src/twice.sh': 'echo $(( $1 * 2 ))\n', 'test/twice.test.sh': '[ "$(bash src/twice.sh 3)" = 6 ]\n' });
  await git.addAll(dir);
  await git.commit(dir, 'Speed up the adder, add twice');
  await git.checkout(dir, 'main');
  const merged = await git.merge(dir, 'agent/speedup', 'Merge agent/speedup', { noFastForward: true });
  if (!merged.ok) throw new Error(merged.message);
  const reverted = await git.revert(dir, merged.sha, { mainline: 1 });
  if (!reverted.ok) throw new Error(reverted.message);
  const bug = buildBugWorkOrder({
    culprit: { sha: merged.sha, subject: 'Merge agent/speedup', files: ['src/add.sh', 'src/twice.sh', 'test/twice.test.sh'] },
    revertSha: reverted.sha,
    revertBranch: 'shopfloor/revert/speedup',
    failingCheck: { name: 'sums', run: '[ "$(bash src/add.sh 1 3)" = 4 ]' },
    workOrders: [],
    testGlobs: ['test/**'],
  });
  await writeFiles(dir, { [bug.path]: bug.text });
  await git.addAll(dir);
  const base = await git.commit(dir, 'Add the bug work order');
  await git.createBranch(dir, 'fix', base);
  await git.checkout(dir, 'fix');
  const relanded = await git.revert(dir, reverted.sha);
  if (!relanded.ok) throw new Error(relanded.message);
  await writeFiles(dir, { 'src/add.sh': 'echo $(( $1 + $2 ))\n', ...files });
  await git.addAll(dir);
  const head = await git.commit(dir, 'Fix the adder, keep twice');
  const result = await verifyChange(await verifyOptions(dir, git, { base, head, workOrderFile: bug.path, gates: ['test-first'], ...(options.sourceEnv ? { sourceEnv: options.sourceEnv } : {}) }));
  return { gate: result.report.gates.find((g) => g.id === 'test-first')!, culprit: merged.sha, base, dir, git };
}

describe.skipIf(process.platform === 'win32')('test-first for a fix of a reverted culprit (provenance.revertOf)', () => {
  it('passes when the new test fails on the culprit and passes on the fix — though it passes on the base too', async () => {
    const { gate, culprit, base, dir, git } = await fixAfterRevert({ 'test/add-mixed.test.sh': '[ "$(bash src/add.sh 1 3)" = 4 ]\n' });
    expect([gate.status, gate.reason]).toEqual(['pass', `test/add-mixed.test.sh, test/twice.test.sh fail on the culprit ${culprit.slice(0, 12)} (exit 1), whose own tests pass, and pass on the head`]);
    expect(gate.attempts).toBe(3);
    // The old rule (fail on the base) would have refused this fix: after the revert the base adds right.
    expect((await git.raw(dir, ['show', `${base}:src/add.sh`])).stdout).toBe('echo $(( $1 + $2 ))\n');
  });

  it('fails with a clear reason when the new test passes on the culprit too', async () => {
    const { gate, culprit } = await fixAfterRevert({ 'test/add-again.test.sh': '[ "$(bash src/add.sh 2 2)" = 4 ]\n' });
    expect([gate.status, gate.reason]).toEqual(['fail', `the changed tests (test/add-again.test.sh, test/twice.test.sh) pass on the culprit ${culprit.slice(0, 12)} too, so they do not catch the regression it brought; make a test fail on the culprit`]);
  });

  it('refuses a command that fails on the culprit whatever the tests say (the canary check as repro)', async () => {
    const { gate, culprit } = await fixAfterRevert({ 'test/add-again.test.sh': '[ "$(bash src/add.sh 2 2)" = 4 ]\n' }, { unitGate: false });
    expect(gate.status).toBe('fail');
    expect(gate.reason).toBe(`the test command fails on the culprit ${culprit.slice(0, 12)} as merged too (exit 1), so the failure with the changed tests does not show that they catch the regression; declare a gate of kind "unit" that runs the tests`);
  });

  it('runs the unit gate exactly as the gate runs: its env and working directory', async () => {
    // Relative, as NODE_PATH=vendor would be: gates run boxed, seeing only their own work copy.
    const sourceEnv = { PATH: process.env.PATH, HOME: process.env.HOME, VENDOR_DIR: '../vendor' };
    const { gate, culprit } = await fixAfterRevert({ 'test/add-mixed.test.sh': '[ "$(bash src/add.sh 1 3)" = 4 ]\n' }, { vendored: true, sourceEnv });
    expect([gate.status, gate.reason]).toEqual(['pass', `test/add-mixed.test.sh, test/twice.test.sh fail on the culprit ${culprit.slice(0, 12)} (exit 1), whose own tests pass, and pass on the head`]);
  });

  it('says the check could not run, never "fails as merged too", when a module is missing on both sides', async () => {
    const { gate, culprit } = await fixAfterRevert({ 'test/add-mixed.test.sh': '[ "$(bash src/add.sh 1 3)" = 4 ]\n' }, { vendored: true });
    expect(gate.status).toBe('error');
    expect(gate.reason).toBe(`the check could not run: module "safe-buffer" is missing on the culprit ${culprit.slice(0, 12)} with the changed tests and on the culprit ${culprit.slice(0, 12)} as merged; this says nothing about the change. Give the test command what it needs (its gate's \`env\`, or the policy's top-level \`env\`) and run again`);
  });
});
