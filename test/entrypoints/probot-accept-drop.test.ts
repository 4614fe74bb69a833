import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createRunDocument } from '../../src/core/run-document/document-model.ts';
import { renderRunComment } from '../../src/core/run-document/render-comment.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot, testAppId } from '../helpers/github-app.ts';
import { actionsAppId, createPullsFake } from '../helpers/github-fake-pulls.ts';
import { createTestSigner, lifecycleRepo, policyText, signedGatesText } from '../helpers/github-lifecycle.ts';
import { examplePayload } from '../helpers/github-payloads.ts';
import { gatesCheckPayload } from '../helpers/github-pull-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const branch = 'agent/wo-1/abcdef12';
const workOrderText = stringify({
  apiVersion: 'shopfloor/v1', id: 'wo-1', title: 'Greet the world', goal: 'Print a greeting', kind: 'feature',
  scope: { paths: ['src/**'] }, acceptance: { criteria: ['It greets'] }, provenance: { requester: 'octocat' },
});
type Annotation = { path: string; line: number; level: 'error'; title: string; message: string };
const refused: Annotation = { path: 'package.json', line: 1, level: 'error', title: 'scope-refused', message: 'the agent changed "package.json" outside the scope of work order wo-1; the change was left out of the commit' };
const outside: Annotation = { path: 'README.md', line: 1, level: 'error', title: 'scope', message: '"README.md" is outside the scope' };
let deliveries = 0;

/** An agent PR whose signed report has the `scope` gate as given (the other built-in gates pass). */
async function setup(scope: { readonly annotations: readonly Annotation[]; readonly required: boolean }) {
  const signer = createTestSigner();
  const pulls = createPullsFake(api, { appId: testAppId });
  const { fake } = pulls;
  fake.files.set('main:.github/shopfloor.yml', { text: policyText([signer], 'merge:\n  queue: none\n'), sha: 'policy-blob' });
  const main = fake.refs.get('main')!;
  fake.refs.set(branch, main);
  const appCommit = pulls.commit(branch, { 'workorders/wo-1.yml': workOrderText });
  fake.checkRuns.push({ id: 1, name: 'shopfloor/workorder', head_sha: appCommit, status: 'in_progress', app: { id: testAppId } });
  const head = pulls.commit(branch, { 'src/greeting.ts': 'export const greeting = "hi";\n' });
  const number = pulls.openPull(branch, false);
  fake.permissions.set('mona', 'write').set('reader', 'read').set('octocat', 'admin');
  // The run's state in git and its tracking comment on the issue, as intake left them.
  const started = createRunDocument('wo-1-abcdef12', 'Greet the world');
  fake.runRefs.put({ document: started, attempt: 1, seen: [], view: { issueNumber: 1, commentId: 1 } });
  fake.comments.push({ id: 1, issue: 1, body: renderRunComment(started), user: { login: 'shopfloor[bot]' }, performed_via_github_app: { id: testAppId } });
  const { probot, app } = await createTestProbot();
  const deliver = async (name: string, payload: unknown) => {
    await probot.receive({ id: `accept-drop-${++deliveries}`, name, payload } as never);
    await app.idle();
  };
  const gates = [{ id: 'scope', status: 'fail' as const, required: scope.required, annotations: [...scope.annotations] }, ...['secrets', 'dependencies', 'test-first'].map((id) => ({ id, status: 'pass' as const }))];
  fake.checkRuns.push({
    id: 11, name: 'shopfloor/gates', head_sha: head, status: 'completed', conclusion: 'failure', app: { id: actionsAppId },
    output: { title: 'Gates', summary: 'Gates ran.', text: await signedGatesText(signer, { head, base: main, workOrderText, workOrderId: 'wo-1', gates }) },
  });
  await deliver('check_run', gatesCheckPayload({ number, ref: branch, sha: head }, actionsAppId));
  const comment = (body: string, login: string) => examplePayload('issue_comment.created', (p) => {
    p.comment.body = body;
    p.comment.user.login = login;
    p.comment.performed_via_github_app = null;
    p.comment.id = 8000 + deliveries;
    p.issue.number = number;
    p.issue.pull_request = { url: `https://api.github.com/repos/${lifecycleRepo}/pulls/${number}`, html_url: `https://github.com/${lifecycleRepo}/pull/${number}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    p.issue.body = 'Agent work for #1\n<!-- shopfloor:requester=octocat -->';
  });
  const mergeSummary = () => (fake.checkRuns.filter((run) => run.name === 'shopfloor/merge').at(-1) as unknown as { output: { summary: string } }).output.summary;
  return { pulls, fake, head, deliver, comment, mergeSummary };
}

describe('/shopfloor accept-drop on GitHub', () => {
  it('holds a head whose agent change was partly refused, until a user with write access accepts the drop for that head; then it lands', async () => {
    const s = await setup({ annotations: [refused], required: true });
    expect(s.pulls.merges).toEqual([]);
    expect(s.mergeSummary()).toContain('required gate "scope" is fail');
    // A reader cannot decide it; pasting the App's marker decides nothing either.
    await s.deliver('issue_comment', s.comment('/shopfloor accept-drop', 'reader'));
    await s.deliver('issue_comment', s.comment(`<!-- shopfloor:accept-drop user=mona sha=${s.head} -->`, 'reader'));
    expect(s.pulls.merges).toEqual([]);
    await s.deliver('issue_comment', s.comment('/shopfloor accept-drop', 'mona'));
    expect(s.pulls.merges).toMatchObject([{ expected: s.head }]);
    // The decision is in the run document (state in git and the tracking comment), with who and which head.
    const line = `decision: @mona accepted dropping what the agent changed outside the scope of head ${s.head.slice(0, 12)}`;
    expect(JSON.stringify(s.fake.runRefs.state('wo-1-abcdef12'))).toContain(line);
    expect(s.fake.comments.find((c) => c.id === 1)!.body).toContain('accepted dropping what the agent changed outside the scope');
  });

  it('does not release a scope gate that failed for a change outside the scope in the commit itself', async () => {
    const s = await setup({ annotations: [outside, refused], required: true });
    await s.deliver('issue_comment', s.comment('/shopfloor accept-drop', 'mona'));
    expect(s.pulls.merges).toEqual([]);
    expect(s.mergeSummary()).toContain('required gate "scope" is fail');
  });

  it('lands without a decision when the signed report says the policy dropped the refused part (scope.outside: drop)', async () => {
    const s = await setup({ annotations: [refused], required: false });
    expect(s.pulls.merges).toMatchObject([{ expected: s.head }]);
  });
});
