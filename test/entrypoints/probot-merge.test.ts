import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { enqueueMutation, markReadyMutation } from '../../src/adapters/github/github-landing.ts';
import { readReportEnvelope, renderReportEnvelope } from '../../src/core/report/report-envelope.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot, testAppId } from '../helpers/github-app.ts';
import { actionsAppId, createPullsFake } from '../helpers/github-fake-pulls.ts';
import { createTestSigner, lifecycleRepo, policyText, signedGatesText, type TestSigner } from '../helpers/github-lifecycle.ts';
import { examplePayload, type Payload } from '../helpers/github-payloads.ts';
import { gatesCheckPayload, mergeGroupPayload, pullRequestPayload, workflowRunPayload } from '../helpers/github-pull-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const branch = 'agent/wo-1/abcdef12';
const workOrderText = stringify({
  apiVersion: 'shopfloor/v1', id: 'wo-1', title: 'Greet the world', goal: 'Print a greeting', kind: 'feature',
  scope: { paths: ['src/**', '.github/**'] }, acceptance: { criteria: ['It greets'] }, provenance: { requester: 'octocat' },
});
let deliveries = 0;

/**
 * An agent PR as intake and the runner leave it: the App's work-order commit with the App's own
 * `shopfloor/workorder` check run, the agent's commit on top, a draft PR; the default branch's policy
 * trusts `signer`.
 */
async function setup(options: { readonly files?: Readonly<Record<string, string>>; readonly draft?: boolean; readonly policyExtra?: string } = {}) {
  const signer = createTestSigner();
  const pulls = createPullsFake(api, { appId: testAppId });
  const { fake } = pulls;
  // Each PR merged alone (the train has its own tests: probot-train.test.ts).
  fake.files.set('main:.github/shopfloor.yml', { text: policyText([signer], options.policyExtra ?? 'merge:\n  queue: none\n'), sha: 'policy-blob' });
  const main = fake.refs.get('main')!;
  fake.refs.set(branch, main);
  const appCommit = pulls.commit(branch, { 'workorders/wo-1.yml': workOrderText });
  fake.checkRuns.push({ id: 1, name: 'shopfloor/workorder', head_sha: appCommit, status: 'in_progress', app: { id: testAppId } });
  const head = pulls.commit(branch, options.files ?? { 'src/greeting.ts': 'export const greeting = "hi";\n' });
  const number = pulls.openPull(branch, options.draft ?? true);
  fake.permissions.set('boss', 'admin').set('mona', 'write').set('octocat', 'admin');
  const { probot, app } = await createTestProbot();
  const deliver = async (name: string, payload: Payload, id = `merge-${++deliveries}`) => {
    await probot.receive({ id, name, payload } as never);
    await app.idle();
  };
  let checkIds = 10;
  /** The verify job's `shopfloor/gates` check run on `sha` (written with GitHub Actions' token), carrying `text`. */
  const publishGates = async (sha: string, text?: string, by: TestSigner = signer) => {
    fake.checkRuns.push({
      id: ++checkIds, name: 'shopfloor/gates', head_sha: sha, status: 'completed', conclusion: 'success', app: { id: actionsAppId },
      output: { title: 'Gates', summary: 'Gates ran.', text: text ?? (await signedGatesText(by, { head: sha, base: main, workOrderText, workOrderId: 'wo-1' })) },
    });
  };
  const gatesDone = (sha = fake.refs.get(branch)!) => deliver('check_run', gatesCheckPayload({ number, ref: branch, sha }, actionsAppId));
  const comment = (body: string, login: string) => examplePayload('issue_comment.created', (p) => {
    p.comment.body = body;
    p.comment.user.login = login;
    p.comment.performed_via_github_app = null;
    p.comment.id = 7000 + deliveries;
    p.issue.number = number;
    p.issue.pull_request = { url: `https://api.github.com/repos/${lifecycleRepo}/pulls/${number}`, html_url: `https://github.com/${lifecycleRepo}/pull/${number}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    p.issue.body = 'Agent work for #1\n<!-- shopfloor:requester=octocat -->';
  });
  const mergeChecks = () => fake.checkRuns.filter((run) => run.name === 'shopfloor/merge') as unknown as { head_sha: string; status: string; conclusion?: string; output: { title: string; summary: string } }[];
  return { signer, pulls, fake, main, head, number, deliver, publishGates, gatesDone, comment, mergeChecks };
}

describe('landing an agent PR', () => {
  it('merges with the expected head SHA once a signed report for that head is on the gates check, after marking the draft ready', async () => {
    const s = await setup();
    await s.publishGates(s.head);
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([{ number: s.number, sha: s.head, expected: s.head, method: 'merge', title: `Merge work order wo-1 (#${s.number})` }]);
    expect(s.pulls.graphqlCalls).toEqual([{ query: markReadyMutation, variables: { id: `PR_${s.number}` } }]);
    expect(s.fake.refs.get('main')).not.toBe(s.main);
    expect(s.mergeChecks()).toMatchObject([{ head_sha: s.head, conclusion: 'success' }]);
    const merge = api.calls.find((call) => call.operationId === 'pulls/merge')!;
    expect(merge.body).toMatchObject({ sha: s.head, merge_method: 'merge', commit_message: expect.stringContaining('Report-Digest: sha256:') });
  });

  it('holds a report that proves another head, and says so', async () => {
    const s = await setup();
    const older = s.pulls.fake.refs.get('main')!;
    await s.publishGates(s.head, await signedGatesText(s.signer, { head: older, base: s.main, workOrderText, workOrderId: 'wo-1' }));
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([]);
    const [check] = s.mergeChecks();
    expect(check).toMatchObject({ head_sha: s.head, status: 'completed', conclusion: 'action_required' });
    expect(check!.output.summary).toContain(`proves head ${older}, not ${s.head}`);
    expect(check!.output.summary).toContain(`no verification report for ${s.head.slice(0, 7)}`);
  });

  it('holds a forged report (changed after signing) and lists the bad signature', async () => {
    const s = await setup();
    const honest = await signedGatesText(s.signer, { head: s.head, base: s.main, workOrderText, workOrderId: 'wo-1', gates: [{ id: 'scope', status: 'fail' }, { id: 'secrets', status: 'pass' }, { id: 'dependencies', status: 'pass' }] });
    const report = JSON.parse(readReportEnvelope(honest)!) as { gates: { status: string }[] };
    report.gates[0]!.status = 'pass';
    await s.publishGates(s.head, renderReportEnvelope(`${JSON.stringify(report)}\n`)!);
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([]);
    expect(s.mergeChecks()[0]!.output.summary).toContain('the signature does not match the content; the report was changed after signing (or forged)');
  });

  it('holds a workflow-file change until an admin approves with /shopfloor approve, then merges', async () => {
    const s = await setup({ files: { '.github/workflows/ci.yml': 'on: push\n' } });
    await s.publishGates(s.head);
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([]);
    const summary = s.mergeChecks()[0]!.output.summary;
    expect(summary).toContain('Missing (1):');
    expect(summary).toContain('dangerous change: touches .github/workflows/ci.yml');
    expect(summary).toContain(`an admin approves ${s.head.slice(0, 7)} (\`/shopfloor approve\`); not the requester or the agent`);
    await s.deliver('issue_comment', s.comment('/shopfloor approve', 'mona'));
    expect(s.pulls.merges).toEqual([]);
    await s.deliver('issue_comment', s.comment('/shopfloor approve', 'boss'));
    expect(s.pulls.merges).toMatchObject([{ expected: s.head }]);
    expect(s.pulls.pull(s.number)?.merged).toBe(true);
  });

  it('/shopfloor hold keeps a verified PR open, listed on the check; /shopfloor unhold lands it', async () => {
    const s = await setup();
    await s.deliver('issue_comment', s.comment('/shopfloor hold', 'mona'));
    await s.publishGates(s.head);
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([]);
    expect(s.mergeChecks()[0]!.output.summary).toContain('held: held by @mona with /shopfloor hold. To release: `/shopfloor unhold` by a user with write access.');
    await s.deliver('issue_comment', s.comment('/shopfloor unhold', 'mona'));
    expect(s.pulls.merges).toMatchObject([{ expected: s.head }]);
  });

  it('"Re-run" on the held shopfloor/merge check decides again (a gates event that never came); another App\'s rerequest does nothing', async () => {
    const s = await setup();
    await s.deliver('pull_request', pullRequestPayload('opened', { number: s.number, ref: branch, sha: s.head, draft: true }));
    expect(s.mergeChecks()[0]!.output.summary).toContain('Missing');
    await s.publishGates(s.head);
    const rerun = (appId: number) => examplePayload('check_run.rerequested', (p) => {
      p.check_run.name = 'shopfloor/merge';
      p.check_run.head_sha = s.head;
      p.check_run.app.id = appId;
      p.check_run.check_suite.head_branch = branch;
      p.check_run.pull_requests = [];
    });
    const before = api.calls.length;
    await s.deliver('check_run', rerun(actionsAppId));
    expect(api.calls.length).toBe(before);
    expect(s.pulls.merges).toEqual([]);
    await s.deliver('check_run', rerun(testAppId));
    expect(s.pulls.merges).toMatchObject([{ number: s.number, expected: s.head }]);
  });

  it('a workflow_run.completed on the agent branch lands it when no check_run event comes (the PR found by its branch)', async () => {
    const s = await setup();
    await s.publishGates(s.head);
    await s.deliver('workflow_run', workflowRunPayload(branch, s.head));
    expect(s.pulls.merges).toMatchObject([{ number: s.number, expected: s.head }]);
    expect(api.calls.some((call) => call.operationId === 'pulls/list' && call.path.includes(`head=Codertocat:${branch}`))).toBe(true);
  });

  it('a push voids the approval: the new head is held until approved again', async () => {
    const s = await setup({ files: { '.github/workflows/ci.yml': 'on: push\n' } });
    await s.deliver('issue_comment', s.comment('/shopfloor approve', 'boss'));
    expect(s.pulls.merges).toEqual([]);
    expect(s.mergeChecks()[0]!.output.title).toBe('Waiting for the signed gates report');
    const pushed = s.pulls.commit(branch, { 'src/more.ts': 'export {};\n' });
    await s.publishGates(pushed);
    await s.deliver('pull_request', pullRequestPayload('synchronize', { number: s.number, ref: branch, sha: pushed, before: s.head }));
    expect(s.pulls.merges).toEqual([]);
    const held = s.mergeChecks().find((check) => check.head_sha === pushed)!;
    expect(held.output.summary).toContain('dangerous change: touches .github/workflows/ci.yml');
  });

  it('a push between the decision and the merge makes GitHub answer 409: nothing merges, the new head is decided again', async () => {
    const s = await setup();
    await s.publishGates(s.head);
    let late = '';
    s.pulls.beforeNextMerge(() => {
      late = s.pulls.commit(branch, { 'src/late.ts': 'export const late = true;\n' });
    });
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([{ number: s.number, sha: late, expected: s.head, method: 'merge', title: `Merge work order wo-1 (#${s.number})` }]);
    expect(s.fake.refs.get('main')).toBe(s.main);
    await s.deliver('pull_request', pullRequestPayload('synchronize', { number: s.number, ref: branch, sha: late, before: s.head }));
    expect(s.pulls.merges).toHaveLength(1);
    expect(s.mergeChecks().find((check) => check.head_sha === late)?.output.title).toBe('Waiting for the signed gates report');
  });

  it('redelivered and concurrent events make one merge call, one merge check per head and no comments', async () => {
    const s = await setup();
    await s.deliver('pull_request', pullRequestPayload('opened', { number: s.number, ref: branch, sha: s.head, draft: true }));
    await s.deliver('pull_request', pullRequestPayload('reopened', { number: s.number, ref: branch, sha: s.head, draft: true }));
    expect(s.mergeChecks()).toHaveLength(1);
    await s.publishGates(s.head);
    const payload = gatesCheckPayload({ number: s.number, ref: branch, sha: s.head }, actionsAppId);
    await Promise.all([
      s.deliver('check_run', payload, 'gates-delivery'), s.deliver('check_run', payload, 'gates-delivery'), s.deliver('check_run', payload),
      s.deliver('workflow_run', workflowRunPayload(branch, s.head)),
    ]);
    expect(api.calls.filter((call) => call.operationId === 'pulls/merge')).toHaveLength(1);
    expect(s.mergeChecks()).toHaveLength(1);
    expect(s.fake.comments).toEqual([]);
  });

  it('a policy edited in the PR head changes nothing: only the default branch says which signers count', async () => {
    const attacker = createTestSigner();
    const s = await setup({ files: { '.github/shopfloor.yml': policyText([attacker], 'merge:\n  queue: none\n'), 'src/greeting.ts': 'x\n' } });
    await s.publishGates(s.head, undefined, attacker);
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([]);
    expect(s.mergeChecks()[0]!.output.summary).toContain(`signed by key ${attacker.keyId}, which is not trusted (trusted: ${s.signer.keyId})`);
    const policyReads = api.calls.filter((call) => call.path.includes('shopfloor.yml'));
    expect(policyReads.length).toBeGreaterThan(0);
    expect(policyReads.every((call) => call.path.endsWith('?ref=main'))).toBe(true);
  });

  it('enters the merge queue with the expected head when the policy says so, instead of merging', async () => {
    const s = await setup({ draft: false, policyExtra: 'merge:\n  queue: github\n' });
    await s.publishGates(s.head);
    await s.gatesDone();
    expect(s.pulls.merges).toEqual([]);
    expect(s.pulls.graphqlCalls).toEqual([{ query: enqueueMutation, variables: { id: `PR_${s.number}`, head: s.head } }]);
    expect(s.pulls.pull(s.number)?.queued).toBe(true);
  });

  it('ignores a PR that is not from an agent branch without a single API call', async () => {
    const s = await setup();
    const before = api.calls.length;
    await s.deliver('pull_request', pullRequestPayload('opened', { number: 99, ref: 'feature/login', sha: s.head }));
    await s.deliver('check_run', gatesCheckPayload({ number: 99, ref: 'feature/login', sha: s.head }, actionsAppId));
    expect(api.calls.length).toBe(before);
  });
});

describe('merge queue', () => {
  it('passes shopfloor/merge on the queue commit only for the head Shopfloor approved, and only once a signed report proves that very commit', async () => {
    const s = await setup({ draft: false, policyExtra: 'merge:\n  queue: github\n' });
    await s.publishGates(s.head);
    await s.gatesDone();
    const group = 'd'.repeat(40);
    const queueRef = `gh-readonly-queue/main/pr-${s.number}-${s.head}`;
    await s.deliver('merge_group', mergeGroupPayload(s.number, s.head, group));
    expect(s.mergeChecks().find((check) => check.head_sha === group)).toMatchObject({ status: 'in_progress', output: { title: `Waiting for the signed gates report on the queue commit ${group.slice(0, 7)}` } });
    // The verify workflow's report on the queue commit (merge_group: no work order) arrives as a check run on the queue branch.
    await s.publishGates(group, await signedGatesText(s.signer, { head: group, base: s.main, workOrderText, workOrderId: undefined }));
    await s.deliver('check_run', gatesCheckPayload({ number: s.number, ref: queueRef, sha: group }, actionsAppId));
    expect(s.mergeChecks().find((check) => check.head_sha === group)).toMatchObject({ conclusion: 'success', output: { summary: expect.stringContaining(`proves the queue commit \`${group.slice(0, 7)}\``) } });
    const pushed = s.pulls.commit(branch, { 'src/sneaky.ts': 'x\n' });
    await s.deliver('merge_group', mergeGroupPayload(s.number, pushed, 'e'.repeat(40)));
    expect(s.mergeChecks().find((check) => check.head_sha === 'e'.repeat(40))).toMatchObject({ conclusion: 'action_required', output: { title: `Shopfloor has not approved #${s.number} at ${pushed.slice(0, 7)}` } });
  });

  it('fails the queue commit whose own report failed or proves another commit', async () => {
    const s = await setup({ draft: false, policyExtra: 'merge:\n  queue: github\n' });
    await s.publishGates(s.head);
    await s.gatesDone();
    const group = 'c'.repeat(40);
    await s.publishGates(group, await signedGatesText(s.signer, { head: group, base: s.main, workOrderText, workOrderId: undefined, gates: [{ id: 'secrets', status: 'fail' }] }));
    await s.deliver('merge_group', mergeGroupPayload(s.number, s.head, group));
    expect(s.mergeChecks().find((check) => check.head_sha === group)).toMatchObject({ conclusion: 'action_required', output: { summary: expect.stringContaining('the gates failed on the queue commit cccccc') } });
    const other = 'b'.repeat(40);
    await s.publishGates(other, await signedGatesText(s.signer, { head: s.head, base: s.main, workOrderText, workOrderId: undefined }));
    await s.deliver('merge_group', mergeGroupPayload(s.number, s.head, other));
    expect(s.mergeChecks().find((check) => check.head_sha === other)).toMatchObject({ conclusion: 'action_required', output: { summary: expect.stringContaining(`proves head ${s.head}, not ${other}`) } });
  });

  it('leaves merge groups of other pull requests alone', async () => {
    const s = await setup();
    s.pulls.fake.refs.set('feature/x', 'f'.repeat(40));
    const other = s.pulls.openPull('feature/x', false, 'mona');
    const writes = () => api.writes().filter((call) => !call.path.includes('access_tokens'));
    await s.deliver('merge_group', mergeGroupPayload(other, 'f'.repeat(40), '9'.repeat(40)));
    expect(writes()).toEqual([]);
  });
});
