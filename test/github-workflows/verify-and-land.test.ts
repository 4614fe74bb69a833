import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ed25519Verifier, generateSigningKey } from '../../src/adapters/signing/ed25519-keys.ts';
import type { VerificationReport } from '../../src/core/report/report-schema.ts';
import { checkReport } from '../../src/workflows/verify/check-report.ts';
import { buildActionBundle } from '../helpers/action-bundle.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot, testAppId } from '../helpers/github-app.ts';
import { createRealGitHub } from '../helpers/github-fake-real-git.ts';
import { actionsAppId } from '../helpers/github-fake-pulls.ts';
import type { Payload } from '../helpers/github-payloads.ts';
import { gatesCheckPayload, mergeGroupPayload, pullRequestPayload } from '../helpers/github-pull-payloads.ts';
import { createGitRepo, writeFiles } from '../helpers/git-repo.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { runVerifyWorkflow } from '../helpers/run-verify-workflow.ts';

/**
 * The shipped verify workflow and the App, together: the workflow's own `if:`, checkout `ref:` and the
 * Shopfloor step's `with:` are evaluated against the webhook payload (from @octokit/webhooks-examples),
 * the bundled action runs with those inputs on a real clone, its `shopfloor/gates` check run goes to the
 * real Probot app, which decides against GitHub over the same real repository (merges and "Update branch"
 * are real git merges). The landed tree must be the tree a passing signed report proves.
 */
const key = generateSigningKey();
const branch = 'agent/wo-1/abcdef12';
const workOrderText = stringify({
  apiVersion: 'shopfloor/v1', id: 'wo-1', title: 'Greet the world', goal: 'Export a greeting', kind: 'feature',
  scope: { paths: ['src/**'] }, acceptance: { criteria: ['It greets'] }, provenance: { requester: 'octocat' },
});
const policyText = (extra = '') => `apiVersion: shopfloor/v1
signers:
  - keyId: "${key.keyId}"
    publicKey: "${key.publicKey}"
gates:
  - id: unit
    run: ${JSON.stringify(`node -e "process.exit(require('./src/price.js').total(2, 3) === 5 ? 0 : 1)"`)}
${extra}`;
// Each PR merged alone unless a test says otherwise (the train: the last test).
const policy = policyText('merge:\n  queue: none\n');

let bundle: string;
let removeBundle: () => Promise<void> = async () => undefined;
beforeAll(async () => {
  ({ bundle, remove: removeBundle } = await buildActionBundle());
}, 180_000);
afterAll(() => removeBundle());
let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

/**
 * A repository as intake and the implement job leave it: main with the policy and code (merged through a
 * pull request before the test), the agent branch with Shopfloor's work-order commit (carrying the App's
 * `shopfloor/workorder` check run) and the agent's commit, all in a bare origin; a draft PR for it.
 */
async function setup(policyFile = policy) {
  const work = await createGitRepo({ '.github/shopfloor.yml': policyFile, 'src/price.js': 'exports.total = (a, b) => a + b;\n', '.gitignore': '.shopfloor/\n' });
  const base = work.head;
  git(work.dir, 'checkout', '-q', '-b', branch);
  await writeFiles(work.dir, { 'workorders/wo-1.yml': workOrderText });
  git(work.dir, 'add', '-A');
  git(work.dir, 'commit', '-q', '-m', 'Work order wo-1');
  const workOrderCommit = git(work.dir, 'rev-parse', 'HEAD');
  await writeFiles(work.dir, { 'src/greeting.js': 'exports.greeting = "Hello, World";\n' });
  git(work.dir, 'add', '-A');
  git(work.dir, 'commit', '-q', '-m', 'wo-1: implement');
  const head = git(work.dir, 'rev-parse', 'HEAD');
  git(work.dir, 'checkout', '-q', 'main');
  const origin = join(await makeTempDir('shopfloor-origin-'), 'origin.git');
  execFileSync('git', ['clone', '-q', '--bare', work.dir, origin]);
  git(work.dir, 'remote', 'add', 'origin', origin);

  const github = createRealGitHub(api, { appId: testAppId, origin });
  github.mergedOutside.add(base);
  return finishSetup(work.dir, origin, github, { base, head, workOrderCommit });
}

/** The PR for `ref`, the App's work-order check (agent PRs), a real Probot app, and a way to move main. */
async function finishSetup(dir: string, origin: string, github: ReturnType<typeof createRealGitHub>, shas: { readonly base: string; readonly head: string; readonly workOrderCommit?: string }, ref = branch) {
  const { base, head, workOrderCommit } = shas;
  if (workOrderCommit) github.fake.checkRuns.push({ id: 1, name: 'shopfloor/workorder', head_sha: workOrderCommit, status: 'completed', conclusion: 'success', app: { id: testAppId } });
  const pull = github.openPull(ref);
  const { probot, app } = await createTestProbot();
  let deliveries = 0;
  const deliver = async (name: string, payload: Payload) => {
    await probot.receive({ id: `verify-and-land-${++deliveries}`, name, payload } as never);
    await app.idle();
  };
  /** A commit that reaches main through another (merged) pull request while this one waits. */
  const advanceMain = async (files: Record<string, string>) => {
    await writeFiles(dir, files);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'another change');
    git(dir, 'push', '-q', 'origin', 'main');
    const sha = git(dir, 'rev-parse', 'HEAD');
    github.mergedOutside.add(sha);
    return sha;
  };
  return { github, pull, deliver, base, head, advanceMain, origin };
}

/**
 * A revert as the App builds it: main has a merged culprit (src/discount.js), `shopfloor/revert/<sha12>`
 * holds `git revert` of it on top, and a PR for that branch, opened by the App.
 */
async function setupRevert() {
  const work = await createGitRepo({ '.github/shopfloor.yml': policy, 'src/price.js': 'exports.total = (a, b) => a + b;\n', '.gitignore': '.shopfloor/\n' });
  await writeFiles(work.dir, { 'src/discount.js': 'exports.discount = () => 1;\n' });
  git(work.dir, 'add', '-A');
  git(work.dir, 'commit', '-q', '-m', 'Merge work order wo-9 (#3)');
  const culprit = git(work.dir, 'rev-parse', 'HEAD');
  const revertRef = `shopfloor/revert/${culprit.slice(0, 12)}`;
  git(work.dir, 'checkout', '-q', '-b', revertRef);
  git(work.dir, 'revert', '--no-edit', culprit);
  const head = git(work.dir, 'rev-parse', 'HEAD');
  git(work.dir, 'checkout', '-q', 'main');
  const origin = join(await makeTempDir('shopfloor-origin-'), 'origin.git');
  execFileSync('git', ['clone', '-q', '--bare', work.dir, origin]);
  git(work.dir, 'remote', 'add', 'origin', origin);
  const github = createRealGitHub(api, { appId: testAppId, origin });
  github.mergedOutside.add(work.head).add(culprit);
  return { ...(await finishSetup(work.dir, origin, github, { base: culprit, head }, revertRef)), culprit, revertRef };
}

/** The `pull_request` delivery GitHub sends to the App and to the workflow, for the PR's current head. */
function pullEvent(github: ReturnType<typeof createRealGitHub>, number: number, action: 'opened' | 'synchronize', before?: string, ref = branch): Payload {
  const head = github.sha(`refs/heads/${ref}`)!;
  const payload = pullRequestPayload(action, { number, ref, sha: head, draft: true, ...(before ? { before } : {}) });
  Object.assign(payload.pull_request.base, { ref: 'main', sha: github.sha('main') });
  payload.repository.default_branch = 'main';
  return payload;
}

/** The verify job's check run, as GitHub keeps it (written with the workflow's token), and its event to the App. */
async function handToApp(s: Pick<Awaited<ReturnType<typeof setup>>, 'github' | 'pull' | 'deliver'>, check: Record<string, unknown>, ref = branch) {
  const run = { ...check, id: s.github.fake.checkRuns.length + 500, app: { id: actionsAppId } } as unknown as (typeof s.github.fake.checkRuns)[number];
  s.github.fake.checkRuns.push(run);
  const event = gatesCheckPayload({ number: s.pull.number, ref, sha: run.head_sha }, actionsAppId);
  event.check_run.id = run.id;
  await s.deliver('check_run', event);
}

const mergeCheck = (s: Pick<Awaited<ReturnType<typeof setup>>, 'github'>, sha: string) =>
  s.github.fake.checkRuns.find((run) => run.name === 'shopfloor/merge' && run.head_sha === sha) as unknown as { status: string; conclusion?: string; output: { title: string; summary: string } } | undefined;

/** Main's tree is the tree of a passing report signed with the policy's key, and the merge check names it. */
function expectLandedTreeVerified(s: Pick<Awaited<ReturnType<typeof setup>>, 'github'>, verified: { file: string; report: VerificationReport }) {
  const main = s.github.sha('main')!;
  expect(s.github.treeOf(main)).toBe(verified.report.tree);
  expect(verified.report.verdict.passed).toBe(true);
  const checked = checkReport(verified.file, 'the gates report', [{ keyId: key.keyId, publicKey: key.publicKey }], ed25519Verifier, verified.report.head);
  expect(checked.ok).toBe(true);
  const check = mergeCheck(s, verified.report.head)!;
  expect(check).toMatchObject({ conclusion: 'success' });
  // The merge check names the report (its digest) and the commit it proves; the gates check on that commit carries it.
  const digest = `sha256:${createHash('sha256').update(verified.file).digest('hex')}`;
  expect(check.output.summary).toContain(digest.slice(0, 19));
  expect(check.output.summary).toMatch(new RegExp(`proves (the queue commit |the staging commit )?\`${verified.report.head.slice(0, 7)}\``));
}

describe('shopfloor-verify.yml + the bundled action + the App, on one real repository', () => {
  it('lands an agent PR with main\'s tree equal to the tree its signed report proves', async () => {
    const s = await setup();
    const opened = pullEvent(s.github, s.pull.number, 'opened');
    await s.deliver('pull_request', opened);
    expect(mergeCheck(s, s.head)?.output.title).toBe('Waiting for the signed gates report');

    const verified = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', opened);
    expect(verified.inputs).toMatchObject({ command: 'verify', branch, base: s.base, 'working-directory': 'work' });
    expect(verified.report).toMatchObject({ head: s.head, base: s.base, workOrder: { id: 'wo-1' } });
    await handToApp(s, verified.check);

    expect(s.github.merges).toEqual([{ number: s.pull.number, expected: s.head, method: 'merge', sha: s.head }]);
    expect(s.github.updates).toEqual([]);
    expectLandedTreeVerified(s, verified);
  }, 120_000);

  it('does not land a branch that is behind main until the tree that would land is the verified one', async () => {
    const s = await setup();
    const moved = await s.advanceMain({ 'src/tax.js': 'exports.rate = 0.2;\n' });
    const opened = pullEvent(s.github, s.pull.number, 'opened');
    await s.deliver('pull_request', opened);

    // The report proves the head, compared with its merge base; merging it now would land head + tax.js, unverified.
    const first = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', opened);
    expect(first.report).toMatchObject({ head: s.head, base: s.base, workOrder: { id: 'wo-1' }, verdict: { passed: true } });
    await handToApp(s, first.check);
    expect(s.github.merges).toEqual([]);
    expect(s.github.sha('main')).toBe(moved);
    expect(s.github.updates).toEqual([{ number: s.pull.number, from: s.head, to: s.github.sha(`refs/heads/${branch}`) }]);
    expect(mergeCheck(s, s.head)?.output.title).toBe('Behind main: bringing main into the branch');

    // The update's push: the App waits for its report; the workflow verifies the head that now contains main.
    const updated = s.github.sha(`refs/heads/${branch}`)!;
    const synchronized = pullEvent(s.github, s.pull.number, 'synchronize', s.head);
    await s.deliver('pull_request', synchronized);
    expect(s.github.merges).toEqual([]);
    expect(mergeCheck(s, updated)?.output.title).toBe('Waiting for the signed gates report');
    const second = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', synchronized);
    expect(second.report).toMatchObject({ head: updated, base: moved, workOrder: { id: 'wo-1' } });
    await handToApp(s, second.check);

    expect(s.github.merges).toMatchObject([{ expected: updated }]);
    expectLandedTreeVerified(s, second);
    expect(execFileSync('git', ['ls-tree', '--name-only', '-r', 'main'], { cwd: s.github.origin, encoding: 'utf8' }).split('\n')).toEqual(expect.arrayContaining(['src/greeting.js', 'src/tax.js']));
  }, 180_000);

  it('lands the App\'s revert PR the same way: not while it is behind main, then with the verified tree', async () => {
    const s = await setupRevert();
    const moved = await s.advanceMain({ 'src/tax.js': 'exports.rate = 0.2;\n' });
    const opened = pullEvent(s.github, s.pull.number, 'opened', undefined, s.revertRef);
    await s.deliver('pull_request', opened);
    expect(mergeCheck(s, s.head)?.output.title).toBe('Waiting for the signed gates report');

    const first = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', opened);
    expect(first.inputs.branch).toBe(s.revertRef);
    expect(first.report).toMatchObject({ head: s.head, base: s.culprit, workOrder: null, verdict: { passed: true } });
    await handToApp(s, first.check, s.revertRef);
    expect(s.github.merges).toEqual([]);
    expect(s.github.sha('main')).toBe(moved);
    const updated = s.github.sha(`refs/heads/${s.revertRef}`)!;
    expect(s.github.updates).toEqual([{ number: s.pull.number, from: s.head, to: updated }]);

    const synchronized = pullEvent(s.github, s.pull.number, 'synchronize', s.head, s.revertRef);
    await s.deliver('pull_request', synchronized);
    const second = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', synchronized);
    expect(second.report).toMatchObject({ head: updated, base: moved });
    await handToApp(s, second.check, s.revertRef);

    expect(s.github.merges).toMatchObject([{ expected: updated, method: 'merge' }]);
    expectLandedTreeVerified(s, second);
    const files = execFileSync('git', ['ls-tree', '--name-only', '-r', 'main'], { cwd: s.github.origin, encoding: 'utf8' }).split('\n');
    expect(files).toContain('src/tax.js');
    expect(files).not.toContain('src/discount.js');
    expect(execFileSync('git', ['log', '-1', '--format=%B', 'main'], { cwd: s.github.origin, encoding: 'utf8' })).toContain(`Reverts: ${s.culprit}`);
  }, 180_000);

  it('with merge.queue: github, the queue commit lands only once its own signed report proves it', async () => {
    const s = await setup(policyText('merge:\n  queue: github\n'));
    const moved = await s.advanceMain({ 'src/tax.js': 'exports.rate = 0.2;\n' });
    const opened = pullEvent(s.github, s.pull.number, 'opened');
    await s.deliver('pull_request', opened);
    const verified = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', opened);
    await handToApp(s, verified.check);
    // Behind main is no reason to wait here: the queue builds (main + head) itself, and that commit is what gets verified.
    expect(s.github.updates).toEqual([]);
    expect(s.github.merges).toEqual([]);
    const [entry] = s.github.queue;
    expect(entry).toMatchObject({ number: s.pull.number, head: s.head, base: moved });

    const group = mergeGroupPayload(s.pull.number, s.head, entry!.group);
    Object.assign(group.merge_group, { base_ref: 'refs/heads/main', base_sha: moved, head_ref: `refs/heads/${entry!.ref}` });
    await s.deliver('merge_group', group);
    expect(mergeCheck(s, entry!.group)).toMatchObject({ status: 'in_progress' });
    s.github.landQueue();
    expect(s.github.sha('main')).toBe(moved);

    const queued = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'merge_group', group);
    expect(queued.inputs).toMatchObject({ base: moved, branch: '' });
    expect(queued.report).toMatchObject({ head: entry!.group, base: moved, workOrder: null, verdict: { passed: true } });
    await handToApp(s, queued.check, entry!.ref);
    s.github.landQueue();

    expect(s.github.sha('main')).toBe(entry!.group);
    expectLandedTreeVerified(s, queued);
  }, 180_000);

  it('with the Shopfloor train (the default without a GitHub merge queue), main moves only to the staging commit the verify workflow proved on push', async () => {
    const s = await setup(policyText());
    const moved = await s.advanceMain({ 'src/tax.js': 'exports.rate = 0.2;\n' });
    const opened = pullEvent(s.github, s.pull.number, 'opened');
    await s.deliver('pull_request', opened);
    const verified = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'pull_request', opened);
    await handToApp(s, verified.check);
    // Behind main is no reason to wait: the train builds main + head itself, and that commit is what gets verified.
    expect(s.github.updates).toEqual([]);
    expect(s.github.merges).toEqual([]);
    const staging = s.github.sha('refs/heads/shopfloor/train/1')!;
    expect(execFileSync('git', ['rev-list', '--parents', '-n', '1', staging], { cwd: s.github.origin, encoding: 'utf8' }).trim().split(' ')).toEqual([staging, moved, s.head]);
    expect(s.github.sha('main')).toBe(moved);

    // GitHub runs the workflow on the push of shopfloor/train/1 (the App published it with its installation token).
    const push = { ref: 'refs/heads/shopfloor/train/1', before: '0'.repeat(40), after: staging, created: true, deleted: false, forced: false, repository: opened.repository };
    const run = await runVerifyWorkflow(bundle, key.privateKeyPem, s.github.origin, 'push', push);
    expect(run.inputs).toMatchObject({ base: '', branch: '' });
    expect(run.report).toMatchObject({ head: staging, base: moved, workOrder: null, verdict: { passed: true } });
    await handToApp(s, run.check, 'shopfloor/train/1');

    expect(s.github.sha('main')).toBe(staging);
    expect(s.github.mainMoves).toEqual([{ from: moved, to: staging, merged: [s.pull.number] }]);
    expect(s.github.merges).toEqual([]);
    expectLandedTreeVerified(s, run);
    expect(s.github.sha('refs/heads/shopfloor/train/1')).toBeUndefined();
  }, 180_000);
});

