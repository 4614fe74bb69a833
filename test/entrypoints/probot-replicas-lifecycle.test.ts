import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGitHubForge } from '../../src/adapters/github/create-github-forge.ts';
import { readRunDirectives } from '../../src/core/github/run-directives.ts';
import { getSection } from '../../src/core/run-document/document-model.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId } from '../helpers/github-app.ts';
import { createGitStore } from '../helpers/github-fake-git.ts';
import { actionsAppId, createPullsFake } from '../helpers/github-fake-pulls.ts';
import { canaryRunPayload, seedAgentMerge } from '../helpers/github-lifecycle-canary.ts';
import { createTestSigner, lifecycleRepo, policyText, signedGatesText } from '../helpers/github-lifecycle.ts';
import { testRequest } from '../helpers/github-octokit.ts';
import { examplePayload } from '../helpers/github-payloads.ts';
import { gatesCheckPayload, pullRequestPayload } from '../helpers/github-pull-payloads.ts';
import { createReplicas } from '../helpers/github-replicas.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

/**
 * Issue 14's concurrency test: 3 App instances over one stateful GitHub, the whole lifecycle's deliveries
 * (labelled issue, a directive on the PR, the PR opened, its gates check completed, the red canary) each
 * sent 3 times to random instances in shuffled order, with 20 % of the App's requests failing (5xx, or the
 * answer lost after the write). The runner's own steps run between the phases, without faults.
 * The bug work order issue (GitHub has no unique key for issues) is opened under a claim in git; seed 4
 * once opened it twice. `probot-replicas-effects.test.ts` runs the effects of this class over many seeds.
 */
it('the whole lifecycle on 3 replicas, every delivery 3 times shuffled with 20 % faults: one branch, check run, dispatch, PR, merge, revert PR and bug issue', async () => {
  const replicas = await createReplicas({ count: 3, seed: 20261205, rate: 0.2 });
  const store = createGitStore({ pullRoutes: false });
  const pulls = createPullsFake(api, { appId: testAppId, routes: [store.route], chaos: replicas.chaos });
  const { fake } = pulls;
  const signer = createTestSigner();
  fake.files.set('main:.github/shopfloor.yml', { text: policyText([signer], 'merge:\n  queue: none\n'), sha: 'policy' });
  fake.permissions.set('mona', 'write');

  // Intake.
  replicas.chaosOn(true);
  await replicas.deliver([{ id: 'label-1', name: 'issues', payload: examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')) }]);
  replicas.chaosOn(false);
  const branches = [...fake.refs.keys()].filter((name) => name.startsWith('agent/'));
  expect(branches).toHaveLength(1);
  const branch = branches[0]!;
  expect(fake.checkRuns.filter((run) => run.name === 'shopfloor/workorder')).toHaveLength(1);
  expect(fake.dispatches).toHaveLength(1);
  const { work_order: workOrderId, run_id: runId } = (fake.dispatches[0] as { inputs: { work_order: string; run_id: string } }).inputs;
  const workOrderText = fake.files.get(`${branch}:workorders/${workOrderId}.yml`)!.text;

  // The runner: the agent's commit, the draft PR, the signed gates check run.
  pulls.actAs({ appId: actionsAppId, login: 'github-actions[bot]' });
  const runner = createGitHubForge({ request: testRequest(), retry: { sleep: async () => {} } });
  const head = (await runner.ensureFile(lifecycleRepo, branch, 'src/greeting.ts', 'export const greeting = "Hello, World";\n', `${workOrderId}: implement`)).value.commitSha;
  const pull = (await runner.ensurePullRequest(lifecycleRepo, { head: branch, base: 'main', title: `Work order ${workOrderId}`, body: 'Implements it.', draft: true })).value;
  await runner.ensureCheckRun(lifecycleRepo, {
    name: 'shopfloor/gates', headSha: head, status: 'completed', conclusion: 'success', externalId: `verify-${head.slice(0, 8)}`,
    output: { title: 'Gates passed', summary: 'All required gates passed.', text: await signedGatesText(signer, { head, base: fake.refs.get('main')!, workOrderText, workOrderId }) },
  });
  pulls.actAs();

  // Landing: the PR opened, a directive on it, the gates check completed, all at once.
  const directive = examplePayload('issue_comment.created', (p) => {
    Object.assign(p.comment, { body: 'Keep the old name', id: 9101, performed_via_github_app: null });
    p.comment.user.login = 'mona';
    p.issue.number = pull.number;
    p.issue.pull_request = { url: `https://api.github.com/repos/${lifecycleRepo}/pulls/${pull.number}`, html_url: `https://github.com/${lifecycleRepo}/pull/${pull.number}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
  });
  replicas.chaosOn(true);
  await replicas.deliver([
    { id: 'opened-1', name: 'pull_request', payload: pullRequestPayload('opened', { number: pull.number, ref: branch, sha: head, draft: true }) },
    { id: 'directive-1', name: 'issue_comment', payload: directive },
    { id: 'gates-1', name: 'check_run', payload: gatesCheckPayload({ number: pull.number, ref: branch, sha: head }, actionsAppId) },
  ]);
  replicas.chaosOn(false);
  expect(pulls.pull(pull.number)?.merged).toBe(true);
  expect(pulls.merges.filter((merge) => merge.number === pull.number && merge.expected === head).length).toBeGreaterThanOrEqual(1);
  expect(fake.pulls.filter((p) => p.head.ref === branch)).toHaveLength(1);

  // The red canary on the merge: one revert PR, one bug work order issue.
  const seed = seedAgentMerge(fake, store, { pullNumber: pull.number, workOrderId, branch, lastGood: true });
  replicas.chaosOn(true);
  await replicas.deliver([{ id: 'canary-1', name: 'workflow_run', payload: canaryRunPayload(seed.mergeSha) }]);
  replicas.chaosOn(false);
  expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(1);
  expect(store.issues.filter((issue) => issue.labels.some((label) => label.name === 'shopfloor'))).toHaveLength(1);

  // Effects exactly once, the run's revisions strictly increasing, the directive kept.
  expect([...fake.refs.keys()].filter((name) => name.startsWith('agent/'))).toHaveLength(1);
  expect(fake.checkRuns.filter((run) => run.name === 'shopfloor/workorder')).toHaveLength(1);
  expect(fake.dispatches).toHaveLength(1);
  const history = fake.runRefs.history(runId);
  const revisions = history.map((state) => state.document.revision);
  revisions.slice(1).forEach((revision, index) => expect(revision).toBeGreaterThan(revisions[index]!));
  expect(readRunDirectives(getSection(history.at(-1)!.document, 'user').canon).map((d) => d.text)).toEqual(['Keep the old name']);
  const merges = pulls.merges.filter((merge) => merge.number === pull.number);
  console.info(`replicas, whole lifecycle: ${replicas.figures.faults} faults injected (${replicas.figures.lostAnswers} answers lost after the write), ${replicas.figures.retries} retries, ${replicas.figures.conflicts} lost compare-and-swap races, ${merges.length} merge call(s) for 1 merge, ${history.length} run state commits`);
});
