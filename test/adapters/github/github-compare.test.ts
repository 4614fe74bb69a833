import { afterEach, beforeEach, expect, it } from 'vitest';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { createGitStore } from '../../helpers/github-fake-git.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

it('pages a comparison of 260 commits at 100 a page (GitHub\'s maximum): every commit, oldest first, nothing truncated', async () => {
  const store = createGitStore();
  createGitHubFake(api, { appId: 1, routes: [store.route] });
  const base = store.commit({ parents: [], files: { 'a.txt': '0\n' }, message: 'base' });
  let head = base;
  for (let i = 1; i <= 260; i++) head = store.commit({ parents: [head], files: { 'a.txt': `${i}\n` }, message: `change ${i}` });
  const forge = createGitHubForge({ request: testRequest(), retry: { sleep: async () => {} } });
  const comparison = await forge.compareCommits('o/r', base, head);
  expect(comparison.commits).toHaveLength(260);
  expect(comparison.commits[0]!.message).toBe('change 1');
  expect(comparison.commits.at(-1)!.sha).toBe(head);
  expect(comparison.files).toEqual([{ path: 'a.txt', status: 'modified' }]);
  expect(comparison.truncated).toBe(false);
  const pages = api.calls.filter((call) => call.operationId === 'repos/compare-commits-with-basehead');
  expect(pages.map((call) => new URLSearchParams(call.path.split('?')[1]).get('per_page'))).toEqual(['100', '100', '100']);
});
