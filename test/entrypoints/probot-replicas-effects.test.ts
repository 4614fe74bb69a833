import { afterEach, beforeEach, expect, it } from 'vitest';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { createGitStore } from '../helpers/github-fake-git.ts';
import { canaryRunPayload, seedAgentMerge } from '../helpers/github-lifecycle-canary.ts';
import { examplePayload } from '../helpers/github-payloads.ts';
import { createReplicas } from '../helpers/github-replicas.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const policy = { text: 'apiVersion: shopfloor/v1\n', sha: 'p'.repeat(40) };

/** One red canary world on its own API mock: a fresh GitHub, 3 replicas, the given chaos seed. */
async function world(seed: number, rate: number) {
  api.done();
  api = mockGitHubApi();
  const replicas = await createReplicas({ count: 3, seed, rate });
  const store = createGitStore();
  const fake = createGitHubFake(api, { appId: testAppId, routes: [store.route], chaos: replicas.chaos });
  fake.files.set('main:.github/shopfloor.yml', policy);
  const merged = seedAgentMerge(fake, store, { lastGood: true });
  return { replicas, store, fake, merged };
}

/**
 * Effects GitHub cannot dedupe (an issue, a dispatch, a keyed comment) are made under a claim in git
 * (`refs/shopfloor/claims/<key>`), so two replicas racing on one event make them once. Without the claim,
 * seed 4 of the lifecycle test opened the bug issue twice; here every seed of a range must hold.
 */
it('a red canary on 3 replicas, 3 copies shuffled with 20 % faults, over 12 seeds: one revert PR and one bug issue each time', async () => {
  const figures = { faults: 0, retries: 0, conflicts: 0 };
  for (let seed = 1; seed <= 12; seed++) {
    const { replicas, store, fake, merged } = await world(seed, 0.2);
    replicas.chaosOn(true);
    await replicas.deliver([{ id: `canary-${seed}`, name: 'workflow_run', payload: canaryRunPayload(merged.mergeSha) }]);
    replicas.chaosOn(false);
    expect.soft(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/')), `seed ${seed}: revert PRs`).toHaveLength(1);
    expect.soft(store.issues.filter((issue) => issue.labels.some((label) => label.name === 'shopfloor')), `seed ${seed}: bug issues`).toHaveLength(1);
    figures.faults += replicas.figures.faults;
    figures.retries += replicas.figures.retries;
    figures.conflicts += replicas.figures.conflicts;
  }
  console.info(`replicas, red canary × 12 seeds: ${figures.faults} faults, ${figures.retries} retries, ${figures.conflicts} lost claim or state races`);
});

it('the same red canary handled by two replicas at the same moment, no faults: the race that opened two bug issues opens one', async () => {
  const { replicas, store, fake, merged } = await world(1, 0);
  const payload = canaryRunPayload(merged.mergeSha);
  // Both read "no issue with this key" before either creates it: the look-then-create race, every time.
  await Promise.all(replicas.instances.slice(0, 2).map((instance, i) => instance.probot.receive({ id: `canary-${i}`, name: 'workflow_run', payload } as never)));
  await Promise.all(replicas.instances.map((instance) => instance.idle()));
  expect(fake.pulls.filter((p) => p.head.ref.startsWith('shopfloor/revert/'))).toHaveLength(1);
  expect(store.issues.filter((issue) => issue.labels.some((label) => label.name === 'shopfloor'))).toHaveLength(1);
  expect([...fake.runRefs.refs.keys()].filter((ref) => ref.startsWith('refs/shopfloor/claims/revert-bug/'))).toHaveLength(1);
});

it('several suspects on 3 replicas over 8 seeds: culprit finding dispatched once, one incident issue', async () => {
  for (let seed = 1; seed <= 8; seed++) {
    const { replicas, store, fake, merged } = await world(seed, 0.2);
    const later = store.commit({ parents: [merged.mergeSha], files: { ...store.filesAt(merged.mergeSha), 'docs/x.md': 'x\n' }, message: 'Merge pull request #8 from agent/issue-2/00000000\n\nWork-Order: issue-2\n' });
    fake.refs.set('main', later);
    replicas.chaosOn(true);
    await replicas.deliver([{ id: `canary-${seed}`, name: 'workflow_run', payload: canaryRunPayload(later) }]);
    replicas.chaosOn(false);
    expect.soft(fake.dispatches, `seed ${seed}: dispatches`).toHaveLength(1);
    expect.soft(store.issues.filter((issue) => issue.labels.some((label) => label.name === 'shopfloor-canary')), `seed ${seed}: incident issues`).toHaveLength(1);
  }
});

it('/shopfloor bisect on 3 replicas, 3 copies at once over 8 seeds: one dispatch, one reply', async () => {
  for (let seed = 1; seed <= 8; seed++) {
    const { replicas, store, fake, merged } = await world(seed, 0.2);
    const later = store.commit({ parents: [merged.mergeSha], files: { ...store.filesAt(merged.mergeSha), 'docs/x.md': 'x\n' }, message: 'Docs' });
    fake.refs.set('main', later);
    fake.permissions.set('mona', 'write');
    const comment = examplePayload('issue_comment.created', (p) => {
      Object.assign(p.comment, { body: '/shopfloor bisect', id: 7000 + seed, performed_via_github_app: null });
      p.comment.user.login = 'mona';
      p.issue.number = merged.pullNumber;
      p.issue.pull_request = { url: `https://api.github.com/repos/o/r/pulls/${merged.pullNumber}`, html_url: `https://github.com/o/r/pull/${merged.pullNumber}`, diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    });
    replicas.chaosOn(true);
    await replicas.deliver([{ id: `bisect-${seed}`, name: 'issue_comment', payload: comment }]);
    replicas.chaosOn(false);
    expect.soft(fake.dispatches, `seed ${seed}: dispatches`).toHaveLength(1);
    expect.soft(fake.comments.filter((c) => c.body.includes('> /shopfloor bisect')), `seed ${seed}: replies`).toHaveLength(1);
  }
});
