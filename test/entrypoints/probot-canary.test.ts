import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../../src/entrypoints/probot-app.ts';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { checkWorkOrderFile } from '../../src/core/workorder/check-work-order-file.ts';
import { issueToWorkOrder } from '../../src/core/github/issue-work-order.ts';
import { createRunDocument } from '../../src/core/run-document/document-model.ts';
import { renderRunComment } from '../../src/core/run-document/render-comment.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot, testAppId } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { createGitStore } from '../helpers/github-fake-git.ts';
import { canaryRunPayload, driveRedCanary, seedAgentMerge } from '../helpers/github-lifecycle-canary.ts';
import { examplePayload } from '../helpers/github-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const policy = 'apiVersion: shopfloor/v1\ncanary:\n  flows:\n    - id: smoke\n      run: npm run smoke\nrevert:\n  maxPerDay: 2\n';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
let deliveries = 0;
// The dispatch inputs shopfloor-canary.yml declares: GitHub answers 422 to any other input name.
const canaryTemplate = (parse(readFileSync(new URL('../../.github/workflows/shopfloor-canary.yml', import.meta.url), 'utf8')) as { on: { workflow_dispatch: { inputs: Record<string, { options?: string[] }> } } }).on.workflow_dispatch.inputs;
const expectTemplateInputs = (inputs: unknown) => {
  for (const key of Object.keys(inputs as object)) expect(Object.keys(canaryTemplate)).toContain(key);
  expect(canaryTemplate.command!.options).toContain((inputs as { command: string }).command);
};

async function setup(options: { lastGood?: boolean; labels?: string[]; policy?: string } = {}) {
  const { probot, app } = await createTestProbot();
  const store = createGitStore();
  const fake = createGitHubFake(api, { appId: testAppId, routes: [store.route] });
  fake.files.set('main:.github/shopfloor.yml', { text: options.policy ?? policy, sha: 'p'.repeat(40) });
  const seed = seedAgentMerge(fake, store, { lastGood: options.lastGood ?? true, ...(options.labels ? { labels: options.labels } : {}) });
  const send = async (name: string, payload: unknown, id = `d-${++deliveries}`) => {
    await probot.receive({ id, name, payload } as never);
    await app.idle();
  };
  const writes = () => api.writes().filter((call) => !call.path.startsWith('/app/installations/'));
  return { probot, app, store, fake, seed, send, writes };
}

describe('red canary on main', () => {
  it('one suspect: opens the revert PR (a real revert tree) and the bug work order issue, evidence linked both ways', async () => {
    const { probot, app, store, fake, seed } = await setup();
    const result = await driveRedCanary({ probot, idle: app.idle, api, fake, store });
    const pull = result.revertPull!;
    expect(pull.head.ref).toBe(`shopfloor/revert/${seed.mergeSha.slice(0, 12)}`);
    const revert = store.commits.get(fake.refs.get(pull.head.ref)!)!;
    expect(revert.parents).toEqual([seed.mergeSha]);
    expect(revert.message).toContain(`This reverts commit ${seed.mergeSha}.`);
    expect(store.filesAt(revert.sha)).toEqual(store.filesAt(seed.baseSha));
    const meta = store.pullMeta.get(pull.number)!;
    expect(meta.base).toBe('main');
    expect(meta.body).toContain(`Reverts ${seed.mergeSha} (#${seed.pullNumber})`);
    expect(meta.body).toContain('https://github.com/octo-org/octo-repo/actions/runs/');
    expect(meta.body).toContain('`issue-1`');
    const issue = result.bugIssue!;
    expect(issue.labels.map((l) => l.name)).toEqual(['shopfloor', 'bug']);
    expect(issue.body).toContain(`Revert pull request: #${pull.number}`);
    expect(issue.body.split('\n')[0]).toBe(`<!-- shopfloor:key=revert-bug/${seed.mergeSha} -->`);
    const parsed = issueToWorkOrder({ number: 50, title: issue.title, body: issue.body, author: 'shopfloor[bot]', labels: ['shopfloor', 'bug'] }, sha256);
    expect(parsed.ok && parsed.value).toMatchObject({ kind: 'bugfix', priority: 'high', acceptance: { commands: [{ name: 'regression', run: 'npm run smoke' }] } });
    expect(parsed.ok && parsed.value.scope.paths).toEqual(expect.arrayContaining(['src/app.ts', 'src/feature.ts', 'test/**']));
    expect(parsed.ok && checkWorkOrderFile(stringify(parsed.value), 'workorders/issue-50.yml').findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(fake.dispatches).toEqual([]);
    // Branch (tree, commit, ref), PR, the bug issue's claim in git (commit, ref), the issue.
    expect(result.writes).toBe(7);
    // Bench figure (fewer is better): 20 calls, 5 of them writes, when this was written.
    expect(result.calls).toBeLessThanOrEqual(20);
    expect(result.operations.filter((op) => op.startsWith('git/') || op.startsWith('pulls/create') || op.startsWith('issues/create'))).toEqual(expect.arrayContaining(['git/create-tree', 'git/create-commit', 'git/create-ref', 'pulls/create', 'issues/create']));
  });

  it('reverts onto the current main: later unrelated work stays, and a lost answer to the PR create is not a second PR', async () => {
    const { store, fake, seed, send } = await setup();
    const docs = store.commit({ parents: [seed.mergeSha], files: { ...store.filesAt(seed.mergeSha), 'docs/guide.md': 'guide\n' }, message: 'Docs' });
    fake.refs.set('main', docs);
    fake.fail('POST', /\/pulls$/, 502, {}, true);
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    const pulls = fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'));
    expect(pulls).toHaveLength(1);
    // The create landed, its answer was lost (502), and the retried ensure found it instead of creating again.
    // The branch was new, so the PR is created without a look first; the retried create is refused (one open
    // PR per head) and the look after it finds the first one.
    expect(api.calls.filter((c) => c.operationId === 'pulls/create')).toHaveLength(2);
    expect(api.calls.filter((c) => c.operationId === 'pulls/list' && c.path.includes('head='))).toHaveLength(1);
    const revert = store.commits.get(fake.refs.get(pulls[0]!.head.ref)!)!;
    expect(revert.parents).toEqual([docs]);
    expect(store.filesAt(revert.sha)).toEqual({ ...store.filesAt(seed.baseSha), 'docs/guide.md': 'guide\n' });
    expect(store.issues).toHaveLength(1);
  });

  it('the canary workflow file and its env setting', async () => {
    expect(settingsFromEnv({ APP_ID: '5' }).canaryWorkflow).toBe('shopfloor-canary.yml');
    expect(settingsFromEnv({ APP_ID: '5', SHOPFLOOR_CANARY_WORKFLOW: 'smoke.yml' }).canaryWorkflow).toBe('smoke.yml');
  });

  it('a redelivery and a second red run for the same commit add nothing', async () => {
    const { probot, app, store, fake, writes } = await setup();
    await driveRedCanary({ probot, idle: app.idle, api, fake, store, deliveryId: 'same' });
    const made = writes().length;
    await driveRedCanary({ probot, idle: app.idle, api, fake, store, deliveryId: 'same' });
    await driveRedCanary({ probot, idle: app.idle, api, fake, store, deliveryId: 'another-run' });
    expect(writes()).toHaveLength(made);
    expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(1);
    expect(store.issues).toHaveLength(1);
  });

  it('several suspects: culprit finding is dispatched once, nothing is reverted yet', async () => {
    const { store, fake, seed, send } = await setup();
    const later = store.commit({ parents: [seed.mergeSha], files: { ...store.filesAt(seed.mergeSha), 'docs/x.md': 'x\n' }, message: 'Merge pull request #8 from agent/issue-2/00000000\n\nWork-Order: issue-2\n' });
    fake.refs.set('main', later);
    await send('workflow_run', canaryRunPayload(later));
    await send('workflow_run', canaryRunPayload(later));
    expect(fake.dispatches).toMatchObject([{ ref: 'main', inputs: { command: 'bisect', good: seed.baseSha, bad: later } }]);
    expectTemplateInputs(fake.dispatches[0]!.inputs);
    expect(fake.pulls.some((p) => p.head.ref.startsWith('shopfloor/revert/'))).toBe(false);
    expect(store.issues).toHaveLength(1);
    expect(store.issues[0]!.labels).toEqual([{ name: 'shopfloor-canary' }]);
    expect(store.issues[0]!.body).toContain(seed.mergeSha);
    expect(store.issues[0]!.body).toContain(later);
  });

  it('without a last-good ref, the red commit\'s first parent is last-known-good', async () => {
    const { store, fake, seed, send } = await setup({ lastGood: false });
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(1);
    expect(store.issues[0]!.body).toContain("no last-good ref yet, so the red commit's first parent");
  });

  it.each([
    ['the opt-out label on the merged PR', { labels: ['no-auto-revert'] }, 'its authors asked not to be reverted automatically'],
    ['a disabled revert policy', { policy: 'apiVersion: shopfloor/v1\nrevert:\n  enabled: false\n' }, 'auto-revert is disabled'],
  ])('%s: no revert, and the culprit PR says why', async (_case, options, reason) => {
    const { fake, seed, send } = await setup(options);
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    expect(fake.pulls.some((p) => p.head.ref.startsWith('shopfloor/revert/'))).toBe(false);
    const notice = fake.comments.filter((c) => c.issue === seed.pullNumber);
    expect(notice).toHaveLength(1);
    expect(notice[0]!.body).toContain('not reverted automatically');
    expect(notice[0]!.body).toContain(reason);
  });

  it('an exhausted daily quota: no revert, explained', async () => {
    const { store, fake, seed, send } = await setup();
    for (const n of [1, 2]) {
      fake.addPull(200 + n, `shopfloor/revert/${String(n).repeat(12)}`, 'f'.repeat(40));
      store.pullMeta.set(200 + n, { title: 'Revert', body: '', state: 'closed', base: 'main', labels: [], created_at: '2026-11-22T01:00:00Z', merged_at: '2026-11-22T02:00:00Z', merge_commit_sha: null });
    }
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(2);
    expect(fake.comments.find((c) => c.issue === seed.pullNumber)!.body).toContain('the daily quota of reverts is spent (2 of revert.maxPerDay 2');
  });

  it('a revert that is not clean through the API is dispatched to a runner, once, with the reason', async () => {
    const { store, fake, seed, send } = await setup();
    // A direct push after the merge changed the culprit's file: only a three-way merge can revert it.
    const touched = store.commit({ parents: [seed.mergeSha], files: { ...store.filesAt(seed.mergeSha), 'src/feature.ts': 'export const feature = 2;\n' }, message: 'Tweak the feature' });
    fake.refs.set('main', touched);
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    expect(fake.dispatches).toMatchObject([{ ref: 'main', inputs: { command: 'revert', culprit: seed.mergeSha } }]);
    expectTemplateInputs(fake.dispatches[0]!.inputs);
    expect(fake.pulls.some((p) => p.head.ref.startsWith('shopfloor/revert/'))).toBe(false);
    const notice = fake.comments.filter((c) => c.issue === seed.pullNumber);
    expect(notice).toHaveLength(1);
    expect(notice[0]!.body).toContain('later merges changed the same files (src/feature.ts)');
  });

  it.each([
    ['a green canary', (p: ReturnType<typeof canaryRunPayload>) => void (p.workflow_run.conclusion = 'success')],
    ['a red run on another branch', (p: ReturnType<typeof canaryRunPayload>) => void (p.workflow_run.head_branch = 'feature')],
    ['another workflow', (p: ReturnType<typeof canaryRunPayload>) => void (p.workflow_run.path = '.github/workflows/ci.yml')],
    ['a bisect job the App dispatched', (p: ReturnType<typeof canaryRunPayload>) => void ((p.workflow_run.event = 'workflow_dispatch'), (p.workflow_run.triggering_actor.type = 'Bot'))],
    ['a pull request run', (p: ReturnType<typeof canaryRunPayload>) => void (p.workflow_run.event = 'pull_request')],
  ])('%s is ignored without an API call', async (_case, edit) => {
    const { seed, send } = await setup();
    const before = api.calls.length;
    await send('workflow_run', canaryRunPayload(seed.mergeSha, edit));
    expect(api.calls.length).toBe(before);
  });

  it('a failed shopfloor/canary check run is not a signal (anyone with checks: write can make one); the workflow run is', async () => {
    const { fake, seed, send, store } = await setup();
    const before = api.calls.length;
    await send('check_run', examplePayload('check_run.completed', (p) => {
      p.check_run.name = 'shopfloor/canary';
      p.check_run.status = 'completed';
      p.check_run.completed_at = '2026-11-22T04:30:00Z';
      p.check_run.conclusion = 'failure';
      p.check_run.head_sha = seed.mergeSha;
      p.check_run.check_suite.head_branch = p.repository.default_branch;
    }));
    expect(api.calls.length).toBe(before);
    await send('workflow_run', canaryRunPayload(seed.mergeSha));
    expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(1);
    expect(store.issues).toHaveLength(1);
  });
});

describe('/shopfloor revert, bisect and cancel', () => {
  const comment = (body: string, login: string, pullNumber: number) => examplePayload('issue_comment.created', (p) => {
    p.comment.body = body;
    p.comment.user.login = login;
    p.comment.performed_via_github_app = null;
    p.comment.id = 9000 + deliveries;
    p.issue.number = pullNumber;
    p.issue.pull_request = { url: `https://api.github.com/repos/o/r/pulls/${pullNumber}`, html_url: `https://github.com/o/r/pull/${pullNumber}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    p.issue.body = 'Agent work';
  });
  const replies = (fake: ReturnType<typeof createGitHubFake>, issue: number) => fake.comments.filter((c) => c.issue === issue && c.body.includes('> /shopfloor')).map((c) => c.body);

  it('revert on a merged agent PR opens the same revert PR and bug issue; a read user is refused', async () => {
    const { store, fake, seed, send } = await setup();
    fake.permissions.set('mona', 'write').set('reader', 'read');
    await send('issue_comment', comment('/shopfloor revert', 'reader', seed.pullNumber));
    expect(replies(fake, seed.pullNumber)[0]).toContain('has read permission');
    expect(fake.pulls.some((p) => p.head.ref.startsWith('shopfloor/revert/'))).toBe(false);
    await send('issue_comment', comment('/shopfloor revert', 'mona', seed.pullNumber));
    const pull = fake.pulls.find((p) => p.head.ref.startsWith('shopfloor/revert/'))!;
    expect(replies(fake, seed.pullNumber)[1]).toContain(`Reverting ${seed.mergeSha.slice(0, 12)}: revert pull request #${pull.number}`);
    expect(store.pullMeta.get(pull.number)!.body).toContain('Asked for by @mona with `/shopfloor revert`');
    expect(store.issues).toHaveLength(1);
    await send('issue_comment', comment('/shopfloor revert', 'mona', seed.pullNumber));
    expect(replies(fake, seed.pullNumber)[2]).toContain('(they already existed)');
    expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(1);
  });

  it('revert that the API cannot build cleanly goes to a runner with exactly the template inputs, and the reply says why', async () => {
    const { store, fake, seed, send } = await setup();
    fake.permissions.set('mona', 'write');
    fake.refs.set('main', store.commit({ parents: [seed.mergeSha], files: { ...store.filesAt(seed.mergeSha), 'src/app.ts': 'export const answer = 40;\n' }, message: 'Hotfix' }));
    await send('issue_comment', comment('/shopfloor revert', 'mona', seed.pullNumber));
    expect(fake.dispatches).toEqual([expect.objectContaining({ ref: 'main', inputs: { command: 'revert', culprit: seed.mergeSha } })]);
    expectTemplateInputs(fake.dispatches[0]!.inputs);
    expect(replies(fake, seed.pullNumber)[0]).toContain('Dispatched `shopfloor-canary.yml` with `command: revert` for');
    expect(replies(fake, seed.pullNumber)[0]).toContain('later merges changed the same files (src/app.ts)');
  });

  it('revert on an agent PR that is not merged is refused with what to do instead', async () => {
    const { fake, send } = await setup();
    fake.permissions.set('mona', 'write');
    fake.addPull(9, 'agent/issue-3/12345678', 'e'.repeat(40));
    await send('issue_comment', comment('/shopfloor revert', 'mona', 9));
    expect(replies(fake, 9)[0]).toContain('is not merged, so there is nothing to revert; `/shopfloor cancel` closes it instead');
  });

  it('bisect dispatches culprit finding between last-good and main; without last-good it says how to get one', async () => {
    const { fake, seed, send, store } = await setup();
    fake.permissions.set('mona', 'write').set('reader', 'read');
    await send('issue_comment', comment('/shopfloor bisect', 'reader', seed.pullNumber));
    expect(fake.dispatches).toEqual([]);
    await send('issue_comment', comment('/shopfloor bisect', 'mona', seed.pullNumber));
    expect(fake.dispatches).toMatchObject([{ ref: 'main', inputs: { command: 'bisect', good: seed.baseSha, bad: seed.mergeSha } }]);
    expect(replies(fake, seed.pullNumber)[1]).toContain('Dispatched culprit finding to a runner');
    expectTemplateInputs(fake.dispatches[0]!.inputs);
    store.otherRefs.clear();
    await send('issue_comment', comment('/shopfloor bisect', 'mona', seed.pullNumber));
    expect(replies(fake, seed.pullNumber)[2]).toContain('there is no `refs/shopfloor/canary/last-good` yet');
    expect(fake.dispatches).toHaveLength(1);
  });

  it('cancel closes the agent PR, keeps its branch and marks the run cancelled in its run document', async () => {
    const { store, fake, send } = await setup();
    fake.permissions.set('mona', 'write').set('reader', 'read');
    const branch = 'agent/issue-3/12345678';
    fake.addPull(9, branch, 'e'.repeat(40));
    const started = createRunDocument('issue-3-12345678', 'Fix the typo');
    fake.runRefs.put({ document: started, attempt: 1, seen: [], view: { issueNumber: 3, commentId: 1 } });
    fake.comments.push({ id: 1, issue: 3, body: renderRunComment(started), user: { login: 'shopfloor[bot]' }, performed_via_github_app: { id: testAppId } });
    await send('issue_comment', comment('/shopfloor cancel', 'reader', 9));
    expect(store.pullMeta.get(9)).toBeUndefined();
    expect(replies(fake, 9)[0]).toContain('has read permission');
    await send('issue_comment', comment('/shopfloor cancel', 'mona', 9));
    expect(store.pullMeta.get(9)!.state).toBe('closed');
    expect(fake.refs.get(branch)).toBe('e'.repeat(40));
    const document = fake.comments.find((c) => c.id === 1)!.body;
    expect(document.split('\n')[1]).toBe('### ❌ Failed: Fix the typo');
    expect(document).toContain('Revision 2 — cancelled by @\u2060mona with /shopfloor cancel on \\#9');
    // The run state in git says so too, so no later write brings the run back.
    expect(fake.runRefs.state('issue-3-12345678')).toMatchObject({ document: { status: 'failed', statusDetail: 'cancelled by @mona with /shopfloor cancel on #9', revision: 2 } });
    expect(replies(fake, 9)[1]).toContain(`Cancelled run \`issue-3-12345678\`: closed #9 without merging and marked the run cancelled in its run document on #3. The branch \`${branch}\` is kept`);
  });
});
