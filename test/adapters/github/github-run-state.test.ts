import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGitHubRunStateStore } from '../../../src/adapters/github/create-github-forge.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const repo = 'o/r';
const ref = 'refs/shopfloor/runs/issue-1-abcdef12';

it('moves a run ref only forward: the writer that read an older commit loses the race and is told so', async () => {
  const fake = createGitHubFake(api, { appId: 1 });
  const store = createGitHubRunStateStore({ request: testRequest(), retry: { sleep: async () => {} } });
  expect(await store.readRunRef(repo, ref)).toBeUndefined();
  const first = await store.advanceRunRef(repo, ref, 'revision 1', undefined);
  expect(first.ok).toBe(true);
  // A second "first write" finds the ref made: a conflict, not an overwrite.
  expect(await store.advanceRunRef(repo, ref, 'revision 1 again', undefined)).toEqual({ ok: false, reason: 'conflict' });
  const read = (await store.readRunRef(repo, ref))!;
  expect(read.message).toBe('revision 1');
  const a = await store.advanceRunRef(repo, ref, 'revision 2 by a', read);
  const b = await store.advanceRunRef(repo, ref, 'revision 2 by b', read);
  expect([a.ok, b.ok]).toEqual([true, false]);
  expect((await store.readRunRef(repo, ref))!.message).toBe('revision 2 by a');
  expect(api.calls.find((call) => call.operationId === 'git/update-ref')!.body).toEqual({ sha: expect.any(String), force: false });
  expect(fake.runRefs.refs.get(ref)).toBe(a.ok ? a.commit.sha : '');
});

it('repeats a write whose answer was lost without forking the chain, and knows the write landed', async () => {
  const fake = createGitHubFake(api, { appId: 1 });
  const store = createGitHubRunStateStore({ request: testRequest(), retry: { sleep: async () => {} } });
  await store.advanceRunRef(repo, ref, 'revision 1', undefined);
  const read = (await store.readRunRef(repo, ref))!;
  fake.fail('PATCH', /\/git\/refs\/shopfloor\/runs\//, 502, {}, true);
  const write = await store.advanceRunRef(repo, ref, 'revision 2', read);
  // The retried update is refused (not a fast-forward any more), but the ref is at this write's own
  // commit: written, so the caller acts on it (a dispatch recorded in it is sent) instead of re-planning.
  const now = (await store.readRunRef(repo, ref))!;
  expect(write).toEqual({ ok: true, commit: { sha: now.sha, treeSha: now.treeSha, message: 'revision 2' } });
  expect(now.message).toBe('revision 2');
  expect(fake.runRefs.commits.get(now.sha)!.parents).toEqual([read.sha]);
});
