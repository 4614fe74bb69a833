import { afterEach, beforeEach, expect, it } from 'vitest';
import { readRunDirectives } from '../../src/core/github/run-directives.ts';
import { getSection } from '../../src/core/run-document/document-model.ts';
import { renderRunComment } from '../../src/core/run-document/render-comment.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { examplePayload, type Payload } from '../helpers/github-payloads.ts';
import { createReplicas } from '../helpers/github-replicas.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const repo = 'Codertocat/Hello-World';
let ids = 9000;
const labeled = (id: string) => ({ id, name: 'issues', payload: examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')) });
const comment = (id: string, body: string, on: 'issue' | 'pull', edit: (p: Payload) => void = () => {}) => ({
  id, name: 'issue_comment', payload: examplePayload('issue_comment.created', (p) => {
    p.comment.body = body;
    p.comment.user.login = 'mona';
    p.comment.performed_via_github_app = null;
    p.comment.id = ++ids;
    p.issue.number = on === 'issue' ? 1 : 2;
    if (on === 'issue') delete p.issue.pull_request;
    else p.issue.pull_request = { url: `https://api.github.com/repos/${repo}/pulls/2`, html_url: `https://github.com/${repo}/pull/2`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    edit(p);
  }),
});
const reviewComment = (id: string, body: string) => ({
  id, name: 'pull_request_review_comment', payload: examplePayload('pull_request_review_comment.created', (p) => {
    p.comment.body = body;
    p.comment.user.login = 'mona';
    p.comment.id = ++ids;
    p.comment.html_url = `https://github.com/${repo}/pull/2#discussion_r${p.comment.id}`;
  }),
});

it.each([1, 2, 3, 4, 5])('3 replicas, a fifth of the requests failing (seed %i), and the branch start landing with its answer lost: one branch, one work order commit, one check run, one dispatch', async (seed) => {
  const replicas = await createReplicas({ count: 3, seed, rate: 0.2 });
  const fake = createGitHubFake(api, { appId: testAppId, chaos: replicas.chaos });
  fake.fail('POST', /^\/graphql$/, 502, {}, true, (body) => String(body.query).startsWith('mutation'));
  replicas.chaosOn(true);
  await replicas.deliver([labeled('label-1'), labeled('label-2'), comment('run-1', '/shopfloor run', 'issue')]);
  replicas.chaosOn(false);
  const branches = [...fake.refs.keys()].filter((name) => name.startsWith('agent/'));
  expect(branches).toHaveLength(1);
  expect(fake.commitsMade()).toBe(1);
  expect(fake.checkRuns).toMatchObject([{ name: 'shopfloor/workorder', head_sha: fake.refs.get(branches[0]!) }]);
  expect(fake.dispatches).toHaveLength(1);
});

it('3 App replicas, every delivery 3 times in shuffled order with 20 % injected 5xx and lost answers: every effect exactly once, no directive lost, revisions strictly increasing', async () => {
  const replicas = await createReplicas({ count: 3, seed: 20261204, rate: 0.2 });
  const fake = createGitHubFake(api, { appId: testAppId, chaos: replicas.chaos });
  fake.permissions.set('mona', 'write');
  replicas.chaosOn(true);

  // Intake, a re-label and `/shopfloor run` on the issue: one attempt, whoever wins.
  await replicas.deliver([labeled('label-1'), labeled('label-2'), comment('run-1', '/shopfloor run', 'issue')]);
  const branches = [...fake.refs.keys()].filter((name) => name.startsWith('agent/'));
  expect(branches).toHaveLength(1);
  expect(fake.checkRuns.filter((run) => run.name === 'shopfloor/workorder')).toHaveLength(1);
  expect(fake.dispatches).toHaveLength(1);
  const runId = /^agent\/issue-1\/([0-9a-f]{8})$/.exec(branches[0]!)![1]!;
  const run = `issue-1-${runId}`;
  expect(fake.comments.filter((c) => c.body.startsWith(`<!-- shopfloor:run-document run=${run} -->`))).toHaveLength(1);

  // Follow-ups on the agent PR and a retry, all at once: every directive lands, the retry is sent once.
  fake.addPull(2, branches[0]!, fake.refs.get(branches[0]!)!);
  const followUps = [comment('d-1', 'Keep the old name', 'pull'), comment('d-2', 'Add a test for the empty case', 'pull'), comment('d-3', 'Mind the Windows paths', 'pull'), reviewComment('d-4', 'Use a Map here')];
  await replicas.deliver([...followUps, comment('retry-1', '/shopfloor retry', 'pull')]);
  // A re-label while the run is live: nothing new.
  await replicas.deliver([labeled('label-3')]);
  replicas.chaosOn(false);

  expect([...fake.refs.keys()].filter((name) => name.startsWith('agent/'))).toHaveLength(1);
  expect(fake.checkRuns.filter((c) => c.name === 'shopfloor/workorder')).toHaveLength(1);
  expect(fake.dispatches.map((d) => (d as { inputs: { retry?: string } }).inputs.retry ?? 'intake')).toEqual(['intake', 'true']);
  const history = fake.runRefs.history(run);
  const revisions = history.map((state) => state.document.revision);
  revisions.slice(1).forEach((revision, index) => expect(revision).toBeGreaterThan(revisions[index]!));
  const head = history.at(-1)!;
  const directives = readRunDirectives(getSection(head.document, 'user').canon);
  expect(directives.map((d) => d.text).sort()).toEqual(['Add a test for the empty case', 'Keep the old name', 'Mind the Windows paths', 'Use a Map here']);
  expect(head.attempt).toBe(1);
  expect(getSection(head.document, 'conductor').canon.match(/already running, attempt 1 is live/g)?.length).toBeGreaterThanOrEqual(3);
  // The view shows the newest state, with the link to the implement workflow's runs the App always gives.
  const actions = head.view?.actionsRunUrl ? { fullLogUrl: head.view.actionsRunUrl } : { workflowUrl: 'https://github.com/Codertocat/Hello-World/actions/workflows/shopfloor-implement.yml' };
  expect(fake.comments.find((c) => c.id === head.view?.commentId)!.body).toBe(renderRunComment(head.document, actions));
  console.info(`replicas: ${replicas.figures.faults} faults injected (${replicas.figures.lostAnswers} answers lost after the write), ${replicas.figures.retries} retries, ${replicas.figures.conflicts} lost compare-and-swap races, ${history.length} run state commits`);
});
