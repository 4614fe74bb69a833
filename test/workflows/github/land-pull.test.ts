import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import { ed25519Verifier } from '../../../src/adapters/signing/ed25519-keys.ts';
import type { GitHubAppDeps } from '../../../src/workflows/github/github-app-deps.ts';
import { landPullRequest } from '../../../src/workflows/github/land-pull.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { testAppId, testSettings } from '../../helpers/github-app.ts';
import { actionsAppId, createPullsFake } from '../../helpers/github-fake-pulls.ts';
import { createTestSigner, policyText, signedGatesText } from '../../helpers/github-lifecycle.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

const repo = 'octo/shop';
const branch = 'agent/wo-2/0123abcd';
const workOrder = { apiVersion: 'shopfloor/v1', id: 'wo-2', title: 'T', goal: 'G', kind: 'feature', scope: { paths: ['src/**'] }, acceptance: { criteria: ['works'] }, provenance: { requester: 'octocat' } };
const workOrderText = stringify(workOrder);
let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

function setup(options: { readonly policy?: boolean; readonly workOrderCheckApp?: number } = {}) {
  const signer = createTestSigner();
  const pulls = createPullsFake(api, { appId: testAppId });
  const { fake } = pulls;
  if (options.policy !== false) fake.files.set('main:.github/shopfloor.yml', { text: policyText([signer], 'merge:\n  queue: none\n'), sha: 'p' });
  fake.refs.set(branch, fake.refs.get('main')!);
  const appCommit = pulls.commit(branch, { 'workorders/wo-2.yml': workOrderText });
  fake.checkRuns.push({ id: 1, name: 'shopfloor/workorder', head_sha: appCommit, status: 'in_progress', app: { id: options.workOrderCheckApp ?? testAppId } });
  const deps: GitHubAppDeps = {
    forge: createGitHubForge({ request: testRequest(), retry: { sleep: async () => {} }, ownAppId: testAppId }),
    settings: testSettings, now: () => '2026-11-22T05:00:00.000Z', verifier: ed25519Verifier,
    sha256: (text) => createHash('sha256').update(text).digest('hex'),
    runs: { readRunRef: async () => undefined, advanceRunRef: async () => { throw new Error('this step writes no run state'); } },
    handler: 'test',
  };
  const gates = async (head: string, text: string) => void fake.checkRuns.push({ id: 2, name: 'shopfloor/gates', head_sha: head, status: 'completed', conclusion: 'success', app: { id: actionsAppId }, output: { title: 'g', summary: 's', text } });
  return { signer, pulls, fake, deps, gates, main: fake.refs.get('main')! };
}

describe('landPullRequest', () => {
  it('reads the work order at the App commit: an agent that edits its own work order gets a report that no longer matches', async () => {
    const s = setup();
    const edited = stringify({ ...workOrder, scope: { paths: ['**'] } });
    const head = s.pulls.commit(branch, { 'workorders/wo-2.yml': edited, 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, false);
    // The runner verified against the branch's (edited) copy, so its report names that copy's hash.
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText: edited, workOrderId: 'wo-2' }));
    const outcome = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(outcome).toMatchObject({ kind: 'held', reasons: [{ code: 'work-order-changed' }] });
    expect(s.pulls.merges).toEqual([]);
  });

  it('does not take a shopfloor/workorder check run written by another App as the work order', async () => {
    const s = setup({ workOrderCheckApp: actionsAppId });
    const head = s.pulls.commit(branch, { 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, false);
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText, workOrderId: 'wo-2' }));
    const outcome = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(outcome).toMatchObject({ kind: 'held', problems: [{ message: expect.stringContaining('no work order committed by Shopfloor') }] });
    expect(s.fake.checkRuns.find((run) => run.name === 'shopfloor/merge')).toMatchObject({ conclusion: 'action_required' });
  });

  it('holds when the default branch has no policy, saying how to add one', async () => {
    const s = setup({ policy: false });
    const number = s.pulls.openPull(branch, false);
    const outcome = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(outcome).toMatchObject({ kind: 'held', problems: [{ message: expect.stringContaining('no .github/shopfloor.yml on the default branch'), fix: expect.stringContaining('signers') }] });
  });

  it('leaves a merged pull request alone, and says when GitHub refuses a merge', async () => {
    const s = setup();
    const head = s.pulls.commit(branch, { 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, true);
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText, workOrderId: 'wo-2' }));
    s.fake.fail('PUT', /\/merge$/, 405);
    const refused = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(refused).toMatchObject({ kind: 'refused', message: expect.stringContaining('injected 405') });
    expect(s.fake.checkRuns.find((run) => run.name === 'shopfloor/merge')).toMatchObject({ conclusion: 'action_required', output: { title: 'GitHub refused the merge' } });
    expect(await landPullRequest(s.deps, { repo, pullNumber: number })).toMatchObject({ kind: 'merged', headSha: head });
    const before = api.calls.length;
    expect(await landPullRequest(s.deps, { repo, pullNumber: number })).toEqual({ kind: 'ignored', reason: 'already merged' });
    expect(api.calls.length - before).toBe(1);
  });

  it('brings main into a verified head that is behind it, and merges only the new head once its own report proves it', async () => {
    const s = setup();
    const head = s.pulls.commit(branch, { 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, false);
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText, workOrderId: 'wo-2' }));
    // Another PR lands first: main moves, and the verified head no longer contains it.
    const other = s.pulls.commit('main', { 'src/b.ts': 'b\n' });
    s.pulls.setInitialMainAccounted(other);
    const behind = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(behind).toEqual({ kind: 'updating', headSha: head, mainSha: other });
    expect(s.pulls.merges).toEqual([]);
    expect(s.pulls.branchUpdates).toEqual([{ number, from: head, to: s.fake.refs.get(branch), main: other }]);
    expect(s.fake.checkRuns.find((run) => run.name === 'shopfloor/merge' && run.head_sha === head)).toMatchObject({ status: 'in_progress', output: { title: 'Behind main: bringing main into the branch' } });
    expect(api.calls.find((call) => call.operationId === 'pulls/update-branch')?.body).toEqual({ expected_head_sha: head });

    // The new head has no report yet: waiting, no second update.
    const updated = s.fake.refs.get(branch)!;
    expect(await landPullRequest(s.deps, { repo, pullNumber: number })).toMatchObject({ kind: 'held', headSha: updated, reasons: [{ code: 'no-report' }] });
    // A report that compared the new head with the old main is not enough either.
    await s.gates(updated, await signedGatesText(s.signer, { head: updated, base: s.main, workOrderText, workOrderId: 'wo-2' }));
    expect(await landPullRequest(s.deps, { repo, pullNumber: number })).toMatchObject({ kind: 'held', reasons: [{ code: 'base-moved' }] });
    s.fake.checkRuns.splice(s.fake.checkRuns.findIndex((run) => run.name === 'shopfloor/gates' && run.head_sha === updated), 1);
    await s.gates(updated, await signedGatesText(s.signer, { head: updated, base: other, workOrderText, workOrderId: 'wo-2' }));
    expect(await landPullRequest(s.deps, { repo, pullNumber: number })).toMatchObject({ kind: 'merged', headSha: updated });
    expect(s.pulls.merges).toMatchObject([{ expected: updated }]);
  });

  it('does not update a branch that lacks more than main (the update would buy a verification for nothing)', async () => {
    const s = setup();
    const head = s.pulls.commit(branch, { 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, false);
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText, workOrderId: 'wo-2', gates: [{ id: 'scope', status: 'fail' }, { id: 'secrets', status: 'pass' }, { id: 'dependencies', status: 'pass' }] }));
    s.pulls.setInitialMainAccounted(s.pulls.commit('main', { 'src/b.ts': 'b\n' }));
    const outcome = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(outcome).toMatchObject({ kind: 'held', reasons: [{ code: 'behind-main' }, { code: 'gate-failed' }] });
    expect(s.pulls.branchUpdates).toEqual([]);
  });

  it.each([
    ['names no work order', undefined, 'no-work-order', 'the report names no work order'],
    ['is for another work order', 'wo-9', 'other-work-order', 'the report is for work order wo-9, but this pull request is for wo-2'],
  ])('holds a report that %s, saying exactly that and how to fix it', async (_name, reportWorkOrder, code, message) => {
    const s = setup();
    const head = s.pulls.commit(branch, { 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, false);
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText, workOrderId: reportWorkOrder }));
    const outcome = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(outcome).toMatchObject({ kind: 'held', reasons: [{ code, message: expect.stringContaining(message), releaseBy: expect.stringContaining('`work-order: wo-2`') }] });
    const summary = (s.fake.checkRuns.find((run) => run.name === 'shopfloor/merge') as unknown as { output: { summary: string } }).output.summary;
    expect(summary).toContain(message);
    expect(summary).not.toContain('changed after verification');
  });

  it('lands nothing on a main that no merged pull request and no signed report accounts for, and says how to release it', async () => {
    const s = setup();
    const head = s.pulls.commit(branch, { 'src/a.ts': 'a\n' });
    const number = s.pulls.openPull(branch, false);
    await s.gates(head, await signedGatesText(s.signer, { head, base: s.main, workOrderText, workOrderId: 'wo-2' }));
    s.pulls.setInitialMainAccounted(undefined);
    const outcome = await landPullRequest(s.deps, { repo, pullNumber: number });
    expect(outcome).toMatchObject({ kind: 'held', problems: [{ message: expect.stringContaining(`main is at ${s.main.slice(0, 7)}, which no merged pull request put there and no passing signed shopfloor/gates report proves`) }] });
    expect(s.pulls.merges).toEqual([]);
    const check = s.fake.checkRuns.find((run) => run.name === 'shopfloor/merge') as unknown as { conclusion: string; output: { summary: string } };
    expect(check.conclusion).toBe('action_required');
    expect(check.output.summary).toContain('run the shopfloor-verify workflow on main');

    // A maintainer verifies main: a passing signed report for exactly that commit accounts for it.
    s.fake.checkRuns.push({ id: 9, name: 'shopfloor/gates', head_sha: s.main, status: 'completed', conclusion: 'success', app: { id: actionsAppId }, output: { title: 'g', summary: 's', text: await signedGatesText(s.signer, { head: s.main, base: s.main, workOrderText, workOrderId: 'wo-2' }) } });
    expect(await landPullRequest(s.deps, { repo, pullNumber: number })).toMatchObject({ kind: 'merged', headSha: head });
  });
});
