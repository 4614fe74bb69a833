import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Probot } from 'probot';
import { stringify } from 'yaml';
import type { GitHubApiMock } from './github-api.ts';
import { createTestProbot, testAppId } from './github-app.ts';
import { createRealGitHub } from './github-fake-real-git.ts';
import { createReplicas } from './github-replicas.ts';
import { actionsAppId } from './github-fake-pulls.ts';
import { createTestSigner, policyText, signedGatesText } from './github-lifecycle.ts';
import { examplePayload, type Payload } from './github-payloads.ts';
import { gatesCheckPayload, pullRequestPayload, workflowRunPayload } from './github-pull-payloads.ts';
import { createGitRepo, writeFiles } from './git-repo.ts';
import { makeTempDir } from './temp-dir.ts';

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

/** One agent PR of the train repository: its branch, head and work order. */
export interface TrainPull {
  readonly id: string;
  readonly number: number;
  readonly branch: string;
  head: string;
  readonly workOrderText: string;
}

/**
 * A repository as several finished agent runs leave it, on a real bare origin behind the real-git GitHub
 * fake: main with the policy (trusting `signer`), and one agent branch per id (`agent/<id>/...`) with
 * Shopfloor's work-order commit (carrying the App's `shopfloor/workorder` check) and the agent's change
 * (`src/<id>.js`; `content` overrides it, e.g. to make it break the build), each with an open draft PR.
 * `ci` plays the verify workflow: signed gates reports for PR heads and for every staging commit the
 * App publishes on `shopfloor/train/<n>` (failing when the staging tree contains `BROKEN`), each handed
 * to the App as GitHub would (`check_run.completed`). `apps` real Probot instances share the fake.
 */
export async function createTrainRepo(api: GitHubApiMock, options: { readonly ids: readonly string[]; readonly policy?: string; readonly content?: Readonly<Record<string, string>>; readonly priority?: Readonly<Record<string, string>>; readonly apps?: number; readonly mergeQueue?: boolean; readonly chaos?: { readonly seed: number; readonly rate: number } }) {
  const signer = createTestSigner();
  const work = await createGitRepo({ '.github/shopfloor.yml': policyText([signer], options.policy ?? ''), 'src/base.js': 'exports.base = 1;\n' });
  const base = work.head;
  const made: { id: string; branch: string; head: string; workOrderCommit: string; workOrderText: string }[] = [];
  for (const [index, id] of options.ids.entries()) {
    const branch = `agent/${id}/abcdef${String(index).padStart(2, '0')}`;
    const workOrderText = stringify({ apiVersion: 'shopfloor/v1', id, title: `Change ${id}`, goal: `Add ${id}`, kind: 'feature', scope: { paths: ['src/**'] }, acceptance: { criteria: ['It works'] }, provenance: { requester: 'octocat' }, ...(options.priority?.[id] ? { priority: options.priority[id] } : {}) });
    git(work.dir, 'checkout', '-q', '-b', branch, base);
    await writeFiles(work.dir, { [`workorders/${id}.yml`]: workOrderText });
    git(work.dir, 'add', '-A');
    git(work.dir, 'commit', '-q', '-m', `Work order ${id}`);
    const workOrderCommit = git(work.dir, 'rev-parse', 'HEAD');
    await writeFiles(work.dir, { [`src/${id}.js`]: options.content?.[id] ?? `exports.${id.replace(/\W/g, '_')} = true;\n` });
    git(work.dir, 'add', '-A');
    git(work.dir, 'commit', '-q', '-m', `${id}: implement`);
    made.push({ id, branch, head: git(work.dir, 'rev-parse', 'HEAD'), workOrderCommit, workOrderText });
  }
  git(work.dir, 'checkout', '-q', 'main');
  const origin = join(await makeTempDir('shopfloor-origin-'), 'origin.git');
  execFileSync('git', ['clone', '-q', '--bare', '--no-local', work.dir, origin]);
  for (const pull of made) execFileSync('git', ['push', '-q', origin, `${pull.branch}:refs/heads/${pull.branch}`], { cwd: work.dir });
  // With chaos: replicas that hear every delivery three times (GitHub's redelivery), in shuffled order, while GitHub fails `rate` of the requests (before or after the write).
  const replicas = options.chaos ? await createReplicas({ count: options.apps ?? 2, seed: options.chaos.seed, rate: options.chaos.rate }) : undefined;
  const github = createRealGitHub(api, { appId: testAppId, origin, ...(options.mergeQueue ? { mergeQueue: true } : {}), ...(replicas ? { chaos: replicas.chaos } : {}) });
  github.mergedOutside.add(base);
  let ids = 500;
  const pulls: TrainPull[] = made.map((m) => {
    github.fake.checkRuns.push({ id: ids++, name: 'shopfloor/workorder', head_sha: m.workOrderCommit, status: 'completed', conclusion: 'success', app: { id: testAppId } });
    const pull = github.openPull(m.branch);
    return { id: m.id, number: pull.number, branch: m.branch, head: m.head, workOrderText: m.workOrderText };
  });
  const apps: { probot: Probot; idle: () => Promise<void> }[] = [];
  for (let i = 0; i < (replicas ? 0 : options.apps ?? 1); i++) {
    const { probot, app } = await createTestProbot({}, { instanceId: `train-${i + 1}` });
    apps.push({ probot, idle: app.idle });
  }
  let deliveries = 0;
  /** Delivers one event to every App instance at once (each replica hears it, as after a redelivery), then waits for all. */
  const deliver = async (name: string, payload: Payload) => {
    const id = `train-${++deliveries}`;
    if (replicas) return replicas.deliver([{ id, name, payload }], 3);
    await Promise.all(apps.map((app) => app.probot.receive({ id, name, payload } as never)));
    await Promise.all(apps.map((app) => app.idle()));
  };
  /** The verify job's `shopfloor/gates` check run (written with the workflow's token) and its event to the App. */
  const handGates = async (sha: string, text: string, event: Payload) => {
    const id = ids++;
    github.fake.checkRuns.push({ id, name: 'shopfloor/gates', head_sha: sha, status: 'completed', conclusion: 'success', app: { id: actionsAppId }, output: { title: 'gates', summary: '', text } });
    event.check_run.id = id;
    await deliver('check_run', event);
  };
  /** The PR's head verified green on main (what the verify workflow does on `pull_request`). */
  const verifyPull = async (pull: TrainPull) => {
    pull.head = github.sha(`refs/heads/${pull.branch}`)!;
    const text = await signedGatesText(signer, { head: pull.head, base: github.sha('main')!, workOrderText: pull.workOrderText, workOrderId: pull.id });
    await handGates(pull.head, text, gatesCheckPayload({ number: pull.number, ref: pull.branch, sha: pull.head }, actionsAppId));
  };
  const stagingBranches = () => git(origin, 'for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads/shopfloor/train/').split('\n').filter(Boolean).map((line) => {
    const [branch, sha] = line.split(' ') as [string, string];
    return { branch, sha };
  });
  /** Every verification of a staging commit, in order: the commit and whether its gates passed. */
  const verified: { branch: string; sha: string; passed: boolean }[] = [];
  let dispatchesSeen = 0;
  /** Signs and hands over one verification of a staging commit; `gate` says how `unit` ended (default: red when the tree holds `BROKEN`). */
  /** Staging commits whose `check_run.completed` GitHub loses (the check run is written, the App never hears of it). */
  const lost = new Set<string>();
  const verifyStaging = async (staging: { branch: string; sha: string }, gate: (sha: string, attempt: number) => 'pass' | 'fail' | 'flaky') => {
    const attempt = verified.filter((v) => v.sha === staging.sha).length + 1;
    const status = gate(staging.sha, attempt);
    verified.push({ ...staging, passed: status === 'pass' });
    const text = await signedGatesText(signer, { head: staging.sha, base: git(origin, 'rev-parse', `${staging.sha}^1`), workOrderText: '', workOrderId: undefined, gates: [{ id: 'scope', status: 'pass' }, { id: 'unit', status }] });
    const event = gatesCheckPayload({ number: 1, ref: staging.branch, sha: staging.sha }, actionsAppId);
    event.check_run.pull_requests = [];
    if (!lost.has(staging.sha)) return handGates(staging.sha, text, event);
    github.fake.checkRuns.push({ id: ids++, name: 'shopfloor/gates', head_sha: staging.sha, status: 'completed', conclusion: 'success', app: { id: actionsAppId }, output: { title: 'gates', summary: '', text } });
  };
  /** The verify workflow's run on `branch` completed: GitHub's `workflow_run.completed` (a separate delivery from the check run's). */
  const workflowRunDone = async (branch: string, sha: string, path = '.github/workflows/shopfloor-verify.yml') => {
    const payload = workflowRunPayload(branch, sha);
    payload.workflow_run.path = path;
    payload.repository.default_branch = 'main';
    await deliver('workflow_run', payload);
  };
  /** Someone pushes a commit straight to main, outside the train and any PR; returns its sha. */
  const pushMain = async (files: Readonly<Record<string, string>>) => {
    const clone = await makeTempDir('shopfloor-main-');
    execFileSync('git', ['clone', '-q', '--branch', 'main', origin, clone]);
    await writeFiles(clone, files);
    git(clone, 'add', '-A');
    git(clone, '-c', 'user.name=someone', '-c', 'user.email=someone@example.com', 'commit', '-q', '-m', 'direct push');
    git(clone, 'push', '-q', 'origin', 'main');
    return github.sha('main')!;
  };
  /** A maintainer runs the verify workflow on main: a signed passing report for main's head, handed to the App as GitHub would. */
  const verifyMain = async () => {
    const sha = github.sha('main')!;
    const text = await signedGatesText(signer, { head: sha, base: git(origin, 'rev-parse', `${sha}^1`), workOrderText: '', workOrderId: undefined, gates: [{ id: 'scope', status: 'pass' }, { id: 'unit', status: 'pass' }] });
    const event = gatesCheckPayload({ number: 1, ref: 'main', sha }, actionsAppId);
    event.check_run.pull_requests = [];
    event.repository.default_branch = 'main';
    await handGates(sha, text, event);
  };
  const broken = (sha: string) => (execFileSyncOk(origin, ['grep', '-q', 'BROKEN', sha, '--', 'src']) ? 'fail' : 'pass');
  /**
   * The verify workflow on `push` to `shopfloor/train/*` (and on a `workflow_dispatch` of it on such a
   * branch, a retried verification): each staging commit not verified yet gets a signed report, handed
   * to the App; repeated until the App publishes or dispatches nothing new. `before` runs first on each
   * round's branches (to push to a PR mid-train).
   */
  const ci = async (before?: (branches: readonly { branch: string; sha: string }[]) => Promise<void>, gate: (sha: string, attempt: number) => 'pass' | 'fail' | 'flaky' = broken) => {
    for (let round = 0; round < 30; round++) {
      const fresh = stagingBranches().filter((b) => !verified.some((v) => v.sha === b.sha));
      const dispatched = github.fake.dispatches.slice(dispatchesSeen).filter((d) => String(d.path).endsWith('/shopfloor-verify.yml/dispatches')).map((d) => ({ branch: String(d.ref), sha: github.sha(`refs/heads/${String(d.ref)}`) }));
      dispatchesSeen = github.fake.dispatches.length;
      if (fresh.length === 0 && dispatched.length === 0) return;
      await before?.(fresh);
      for (const staging of [...fresh, ...dispatched]) {
        if (!staging.sha || github.sha(`refs/heads/${staging.branch}`) !== staging.sha) continue;
        await verifyStaging({ branch: staging.branch, sha: staging.sha }, gate);
      }
    }
    throw new Error('the train kept publishing staging commits for 30 rounds');
  };
  /** A push to a PR's branch (a new commit on top) and the `pull_request.synchronize` GitHub sends. */
  const pushTo = async (pull: TrainPull, files: Readonly<Record<string, string>>) => {
    const before = github.sha(`refs/heads/${pull.branch}`)!;
    const clone = await makeTempDir('shopfloor-push-');
    execFileSync('git', ['clone', '-q', '--branch', pull.branch, origin, clone]);
    await writeFiles(clone, files);
    git(clone, 'add', '-A');
    git(clone, '-c', 'user.name=agent', '-c', 'user.email=agent@example.com', 'commit', '-q', '-m', 'more');
    git(clone, 'push', '-q', 'origin', pull.branch);
    pull.head = github.sha(`refs/heads/${pull.branch}`)!;
    const payload = pullRequestPayload('synchronize', { number: pull.number, ref: pull.branch, sha: pull.head, before, draft: false });
    payload.repository.default_branch = 'main';
    await deliver('pull_request', payload);
  };
  let comments = 9000;
  /** A maintainer's comment on a PR (`/shopfloor hold`, ...), as GitHub delivers it. */
  const comment = async (pull: TrainPull, body: string, login = 'mona') => {
    github.fake.permissions.set(login, 'maintain');
    await deliver('issue_comment', examplePayload('issue_comment.created', (p) => {
      p.comment.body = body;
      p.comment.user.login = login;
      p.comment.performed_via_github_app = null;
      p.comment.id = ++comments;
      p.issue.number = pull.number;
      p.issue.pull_request = { url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${pull.number}`, html_url: `https://github.com/Codertocat/Hello-World/pull/${pull.number}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    }));
  };
  /** A maintainer deletes the App's reply that records an approval on `pull` (GitHub's `issue_comment.deleted`). */
  const deleteApproval = async (pull: TrainPull) => {
    const at = github.fake.comments.findIndex((c) => c.issue === pull.number && c.body.includes('<!-- shopfloor:approval '));
    const [reply] = github.fake.comments.splice(at, 1);
    await deliver('issue_comment', examplePayload('issue_comment.deleted', (p) => {
      // The App that wrote the reply: a full App object (the recorded example has none), taken from a check run's.
      Object.assign(p.comment, { id: reply!.id, body: reply!.body, performed_via_github_app: { ...examplePayload('check_run.completed').check_run.app, id: testAppId } });
      p.sender.type = 'User';
      p.issue.number = pull.number;
      p.issue.pull_request = { url: `https://api.github.com/repos/Codertocat/Hello-World/pulls/${pull.number}`, html_url: `https://github.com/Codertocat/Hello-World/pull/${pull.number}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    }));
  };
  /** A person closes a PR without merging it: GitHub's `pull_request.closed`. */
  const close = async (pull: TrainPull) => {
    github.pulls.find((p) => p.number === pull.number)!.state = 'closed';
    const payload = pullRequestPayload('opened', { number: pull.number, ref: pull.branch, sha: pull.head, draft: false });
    payload.action = 'closed';
    Object.assign(payload.pull_request, { state: 'closed', merged: false, closed_at: '2026-11-22T05:00:00Z' });
    await deliver('pull_request', payload);
  };
  const train = () => {
    const messages = github.fake.runRefs.messages('refs/shopfloor/train/main');
    const last = messages.at(-1);
    return last ? JSON.parse(last.slice(last.indexOf('\n\n') + 2)) as { queue: { key: string }[]; cars: { id: number; members: string[]; status: string; base?: string; sha?: string }[]; evictions: { key: string; reason: string }[] } : undefined;
  };
  return { github, origin, base, pulls, signer, deliver, replicas, verifyPull, ci, verified, lost, workflowRunDone, pushMain, verifyMain, deleteApproval, pushTo, comment, close, train, stagingBranches, git: (...args: string[]) => git(origin, ...args) };
}

function execFileSyncOk(cwd: string, args: readonly string[]): boolean {
  try {
    execFileSync('git', args, { cwd, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
