import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubRunState } from '../../../src/adapters/github/github-run-state.ts';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import type { GitHubAppDeps } from '../../../src/workflows/github/github-app-deps.ts';
import { handleCanaryRed } from '../../../src/workflows/github/handle-canary-red.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { testAppId, testSettings } from '../../helpers/github-app.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { createGitStore, type GitStore } from '../../helpers/github-fake-git.ts';
import { seedAgentMerge, type AgentMergeSeed } from '../../helpers/github-lifecycle-canary.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

const repo = 'octo/shop';
let api: GitHubApiMock;
let fake: ReturnType<typeof createGitHubFake>;
let store: GitStore;
let seed: AgentMergeSeed;
let deps: GitHubAppDeps;

beforeEach(() => {
  api = mockGitHubApi();
  store = createGitStore();
  fake = createGitHubFake(api, { appId: testAppId, routes: [store.route] });
  seed = seedAgentMerge(fake, store, { lastGood: true });
  deps = {
    forge: createGitHubForge({ request: testRequest(), retry: { sleep: async () => {} }, ownAppId: testAppId }),
    settings: testSettings,
    // Claims on the bug issue and incident notices live in git, through the fake's refs.
    runs: createGitHubRunState(testRequest()),
    handler: 'test',
    now: () => '2026-11-22T05:00:00.000Z',
    sha256: (text) => text,
  };
});
afterEach(() => api.done());

describe('handleCanaryRed', () => {
  it('returns what it did as data: the revert PR and issue for one suspect', async () => {
    const outcome = await handleCanaryRed(deps, { repo, redSha: seed.mergeSha });
    expect(outcome).toMatchObject({ kind: 'revert', outcome: { kind: 'opened', branch: `shopfloor/revert/${seed.mergeSha.slice(0, 12)}`, culprit: { sha: seed.mergeSha, pull: { number: seed.pullNumber }, workOrders: ['issue-1'] }, pull: { created: true }, issue: { created: true } } });
    expect(await handleCanaryRed(deps, { repo, redSha: seed.mergeSha })).toMatchObject({ kind: 'revert', outcome: { kind: 'opened', pull: { created: false }, issue: { created: false } } });
  });

  it('a red last-known-good is the environment, not a merge: nothing is written', async () => {
    store.otherRefs.set('refs/shopfloor/canary/last-good', seed.mergeSha);
    const outcome = await handleCanaryRed(deps, { repo, redSha: seed.mergeSha });
    expect(outcome).toEqual({ kind: 'ignored', reason: expect.stringContaining('is last-known-good itself') });
    expect(api.writes()).toEqual([]);
  });

  it('a red run older than last-known-good changes nothing', async () => {
    store.otherRefs.set('refs/shopfloor/canary/last-good', seed.mergeSha);
    const outcome = await handleCanaryRed(deps, { repo, redSha: seed.agentSha });
    expect(outcome).toEqual({ kind: 'ignored', reason: expect.stringContaining('compare says behind') });
    expect(api.writes()).toEqual([]);
  });

  it('a merged revert is never reverted again (the culprit is itself a revert)', async () => {
    const revert = store.commit({ parents: [seed.mergeSha], files: store.filesAt(seed.baseSha), message: `Revert "Implement the feature"\n\nReverts: ${seed.mergeSha}\nReport-Digest: sha256:x\n` });
    store.otherRefs.set('refs/shopfloor/canary/last-good', seed.mergeSha);
    fake.refs.set('main', revert);
    const outcome = await handleCanaryRed(deps, { repo, redSha: revert });
    expect(outcome).toMatchObject({ kind: 'revert', outcome: { kind: 'skipped', reasons: [expect.stringContaining('is itself a revert')] } });
    expect(fake.pulls.some((p) => p.head.ref.startsWith('shopfloor/revert/'))).toBe(false);
    expect(store.issues).toHaveLength(1);
    expect(store.issues[0]!.labels).toEqual([{ name: 'shopfloor-canary' }]);
  });

  it('an invalid policy on the default branch stops it, and an incident issue says where to fix it', async () => {
    fake.files.set('main:.github/shopfloor.yml', { text: 'apiVersion: shopfloor/v1\nrevert:\n  maxPerDay: lots\n', sha: 'p'.repeat(40) });
    const outcome = await handleCanaryRed(deps, { repo, redSha: seed.mergeSha });
    expect(outcome).toEqual({ kind: 'ignored', reason: expect.stringContaining('.github/shopfloor.yml on main is invalid') });
    expect(store.issues[0]!.body).toContain('revert.maxPerDay');
    expect(fake.pulls.some((p) => p.head.ref.startsWith('shopfloor/revert/'))).toBe(false);
  });
});
