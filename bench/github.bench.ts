// GitHub App cost per handled event: API calls (fewer is better; GitHub allows ~80 content writes a
// minute), and that the first write of the labelled-issue flow is the tracking comment. The real Probot
// app runs against the in-memory GitHub fake, every request checked against the OpenAPI subset.
import { isRead, mockGitHubApi, type RecordedCall } from '../test/helpers/github-api.ts';
import { createTestProbot, testAppId } from '../test/helpers/github-app.ts';
import { createGitHubFake } from '../test/helpers/github-fake.ts';
import { examplePayload } from '../test/helpers/github-payloads.ts';
import { createGitStore } from '../test/helpers/github-fake-git.ts';
import { runLifecycleToMerge } from '../test/helpers/github-lifecycle.ts';
import { canaryRunPayload, driveRedCanary, seedAgentMerge } from '../test/helpers/github-lifecycle-canary.ts';
import { duplicateGets } from '../test/helpers/duplicate-gets.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';
import { createReplicas } from '../test/helpers/github-replicas.ts';

export const title = 'GitHub App: API calls per event';

export async function run(): Promise<BenchFigure[]> {
  const api = mockGitHubApi();
  const { probot } = await createTestProbot();
  const fake = createGitHubFake(api, { appId: testAppId });
  const labeled = examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor'));
  const count = async (id: string, name: 'issues' | 'issue_comment', payload: unknown) => {
    const before = api.calls.length;
    await probot.receive({ id, name, payload } as never);
    const calls = api.calls.slice(before).filter((call) => !call.path.includes('/access_tokens'));
    return { total: calls.length, writes: calls.filter((call) => !isRead(call)), reads: calls.filter(isRead).length };
  };
  const first = await count('bench-1', 'issues', labeled);
  const again = await count('bench-2', 'issues', labeled);
  fake.addPull(2, 'agent/issue-2/abcdef12', 'e'.repeat(40));
  fake.permissions.set('mona', 'write');
  const approve = await count('bench-3', 'issue_comment', examplePayload('issue_comment.created', (p) => {
    p.comment.body = '/shopfloor approve';
    p.comment.user.login = 'mona';
    p.comment.performed_via_github_app = null;
    p.issue.number = 2;
    p.issue.pull_request = { url: 'https://api.github.com/repos/o/r/pulls/2', html_url: 'https://github.com/o/r/pull/2', diff_url: 'https://github.com/o/r/pull/2.diff', patch_url: 'https://github.com/o/r/pull/2.patch', merged_at: null };
  }));
  let delivery = 10;
  const ms = await fastestMs(5, () => probot.receive({ id: `bench-${delivery++}`, name: 'issues', payload: labeled } as never));
  api.done();
  const lifecycle = await lifecycleCalls();
  const several = await severalSuspectsCalls();
  const replicas = await replicaRun();
  // Issue 14's measurements before the run state moved into git, for side-by-side reading; the goal is
  // at least 25 % fewer each. Same counting: every call of the delivery, the installation token included
  // when the delivery fetched one (intake and hold do; the canary stages leave it out).
  const before = { intake: 15, hold: 14, merge: 16, canary: 21, several: 9 };
  const stage = (name: string, now: number, then: number) => {
    const goal = Math.floor(then * 0.75);
    return { name: `stage ${name}: App calls (before → now)`, value: `${then} → ${now}`, note: `${now > then ? '+' : ''}${Math.round(((now - then) / then) * 100)} %; goal ≤ ${goal}: ${now <= goal ? 'met' : 'NOT met'}` };
  };
  return [
    stage('intake', lifecycle.intake, before.intake),
    stage('landing, hold', lifecycle.hold, before.hold),
    stage('landing, merge', lifecycle.merge, before.merge),
    stage('red canary, one suspect', lifecycle.canary, before.canary),
    stage('red canary, several suspects', several.calls, before.several),
    ...lifecycle.listings.map(([name, listing]) => ({ name: `stage ${name}: the calls, in order`, value: listing })),
    { name: 'stage red canary, several suspects: the calls, in order', value: several.listing },
    { name: 'duplicate GETs within one delivery (all five stages)', value: String(lifecycle.duplicates + several.duplicates), note: 'must be 0' },
    { name: 'replicas: 3 Apps, each delivery 3× shuffled, 20 % faults', value: replicas.effects, note: replicas.cost },
    { name: 'lifecycle: labelled issue → merge, App calls', value: `${lifecycle.toMerge} (intake ${lifecycle.intake}, hold ${lifecycle.hold}, merge ${lifecycle.merge})`, note: `plus ${lifecycle.runner} by the runner` },
    { name: 'lifecycle: red canary → revert PR + bug issue', value: `${lifecycle.canary} (${lifecycle.canaryWrites} writes)` },
    { name: 'lifecycle: whole, App calls', value: String(lifecycle.toMerge + lifecycle.canary), note: 'fewer is better' },
    { name: 'labelled issue: API calls (reads + writes)', value: `${first.total} (${first.reads} + ${first.writes.length})`, note: 'token exchange not counted' },
    { name: 'labelled issue: first visible write', value: first.writes.find((w) => !w.operationId.startsWith('git/'))?.operationId ?? 'none', note: 'must be issues/create-comment (the tracking comment); only the run claim in git comes before it' },
    { name: 'same event again: API calls (writes)', value: `${again.total} (${again.writes.length}: ${again.writes.map((w) => w.operationId.split('/')[1]).join(', ')})`, note: 'no new branch, comment, check run or dispatch' },
    { name: '/shopfloor approve: API calls (writes)', value: `${approve.total} (${approve.writes.length})` },
    { name: 'labelled issue redelivered: handling time', value: `${ms.toFixed(1)} ms`, note: 'fastest of 5, in-process fake GitHub' },
  ];
}

/** A stage's calls as the reader looks them up in GitHub's docs: REST operation ids and GraphQL operations, in order. */
function listCalls(calls: readonly RecordedCall[]): string {
  return calls.map((call) => call.operationId).join(', ');
}

/** `test/entrypoints/probot-canary.test.ts`'s several-suspects case: two merges since last-good, culprit finding dispatched. */
async function severalSuspectsCalls() {
  const api = mockGitHubApi();
  const { probot, app } = await createTestProbot();
  const store = createGitStore();
  const fake = createGitHubFake(api, { appId: testAppId, routes: [store.route] });
  fake.files.set('main:.github/shopfloor.yml', { text: 'apiVersion: shopfloor/v1\n', sha: 'p'.repeat(40) });
  const seed = seedAgentMerge(fake, store, { lastGood: true });
  const later = store.commit({ parents: [seed.mergeSha], files: { ...store.filesAt(seed.mergeSha), 'docs/x.md': 'x\n' }, message: 'Merge pull request #8 from agent/issue-2/00000000\n\nWork-Order: issue-2\n' });
  fake.refs.set('main', later);
  await probot.receive({ id: 'several-1', name: 'workflow_run', payload: canaryRunPayload(later) } as never);
  await app.idle();
  const calls = api.calls.filter((call) => !call.path.startsWith('/app/installations/'));
  if (fake.dispatches.length !== 1) throw new Error('the several-suspects canary did not dispatch culprit finding');
  api.done();
  return { calls: calls.length, duplicates: duplicateGets(calls).length, listing: listCalls(calls) };
}

/** The whole App lifecycle of `test/entrypoints/probot-lifecycle-full.test.ts`, counted per phase. */
async function lifecycleCalls() {
  const api = mockGitHubApi();
  const store = createGitStore({ pullRoutes: false });
  const part1 = await runLifecycleToMerge(api, { routes: [store.route] });
  seedAgentMerge(part1.fake, store, { pullNumber: part1.pullNumber, workOrderId: part1.workOrderId, branch: part1.branch, lastGood: true });
  const before = api.calls.length;
  const part2 = await driveRedCanary({ probot: part1.probot, idle: part1.app.idle, api, fake: part1.fake, store });
  api.done();
  const { intake, holdDecision: hold, mergeDecision: merge, runner, appTotal: toMerge } = part1.calls;
  const canaryCalls = api.calls.slice(before);
  const duplicates = [...Object.values(part1.deliveryCalls), canaryCalls].reduce((sum, calls) => sum + duplicateGets(calls).length, 0);
  // GraphQL calls are listed among the REST ones, named by operation and top-level fields (`graphql/mutation createRef+createCommitOnBranch`).
  const listings = [
    ['intake', listCalls(part1.deliveryCalls.intake)],
    ['landing, hold', listCalls(part1.deliveryCalls.hold)],
    ['landing, merge', listCalls(part1.deliveryCalls.merge)],
    ['red canary, one suspect', listCalls(canaryCalls.filter((call) => !call.path.startsWith('/app/installations/')))],
  ] as const;
  return { intake, hold, merge, runner, toMerge, canary: part2.calls, canaryWrites: part2.writes, duplicates, listings };
}

/** The replica test's scenario (test/entrypoints/probot-replicas.test.ts), counted: effects made, and what the chaos cost. */
async function replicaRun() {
  const api = mockGitHubApi();
  const replicas = await createReplicas({ count: 3, seed: 20261204, rate: 0.2 });
  const fake = createGitHubFake(api, { appId: testAppId, chaos: replicas.chaos });
  fake.permissions.set('mona', 'write');
  replicas.chaosOn(true);
  const label = (id: string) => ({ id, name: 'issues', payload: examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')) });
  let ids = 9000;
  const onPull = (id: string, body: string) => ({ id, name: 'issue_comment', payload: examplePayload('issue_comment.created', (p) => {
    Object.assign(p.comment, { body, id: ++ids, performed_via_github_app: null });
    p.comment.user.login = 'mona';
    p.issue.number = 2;
    p.issue.pull_request = { url: 'https://api.github.com/repos/o/r/pulls/2', html_url: 'https://github.com/o/r/pull/2', diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
  }) });
  await replicas.deliver([label('label-1'), label('label-2')]);
  const branch = [...fake.refs.keys()].find((name) => name.startsWith('agent/'))!;
  fake.addPull(2, branch, fake.refs.get(branch)!);
  await replicas.deliver([onPull('d-1', 'Keep the old name'), onPull('d-2', 'Add a test'), onPull('d-3', 'Mind Windows paths'), onPull('retry-1', '/shopfloor retry')]);
  replicas.chaosOn(false);
  api.done();
  const runs = [...fake.runRefs.refs.keys()];
  const history = fake.runRefs.history(runs[0]!.split('/').pop()!);
  const branches = [...fake.refs.keys()].filter((name) => name.startsWith('agent/')).length;
  const { faults, lostAnswers, retries, conflicts } = replicas.figures;
  return {
    effects: `${branches} branch, ${fake.checkRuns.length} check run, ${fake.dispatches.length} dispatches (intake + retry), ${history.length} state commits`,
    cost: `${faults} faults injected (${lostAnswers} lost answers), ${retries} retries, ${conflicts} lost CAS races`,
  };
}
