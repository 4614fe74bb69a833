import { expect, it } from 'vitest';
import { cacheGitHubReads } from '../../../src/adapters/github/cache-github-reads.ts';
import type { GitHubRequest } from '../../../src/adapters/github/github-request.ts';

/** A GitHub that answers every call with a fresh number, a 404 for `/missing`, and a 502 once for `/flaky`. */
function countingGitHub() {
  const sent: string[] = [];
  let flaky = 1;
  const request: GitHubRequest = async (route, params = {}) => {
    sent.push(route);
    if (String(params.path) === 'missing') throw Object.assign(new Error('Not Found'), { status: 404 });
    if (String(params.path) === 'flaky' && flaky-- > 0) throw Object.assign(new Error('Bad Gateway'), { status: 502 });
    return { status: 200, data: sent.length, headers: {} };
  };
  return { sent, request };
}

const read = 'GET /repos/{owner}/{repo}/contents/{path}';

it('asks a read once per delivery, whatever per-call options it carries; other parameters are other reads', async () => {
  const github = countingGitHub();
  const cached = cacheGitHubReads(github.request);
  const first = await cached(read, { owner: 'o', repo: 'r', path: 'a', request: { retries: 0 } });
  expect(await cached(read, { path: 'a', repo: 'r', owner: 'o', request: { signal: AbortSignal.timeout(1000) } })).toBe(first);
  await cached(read, { owner: 'o', repo: 'r', path: 'b' });
  expect(github.sent).toHaveLength(2);
});

it('a write empties the cache, except adding git objects; a 404 is an answer, a 5xx is not kept', async () => {
  const github = countingGitHub();
  const cached = cacheGitHubReads(github.request);
  const before = await cached(read, { path: 'a' });
  await cached('POST /repos/{owner}/{repo}/git/trees', { tree: [] });
  await cached('POST /repos/{owner}/{repo}/git/commits', { tree: 't' });
  expect(await cached(read, { path: 'a' })).toBe(before);
  await cached('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { sha: 's' });
  expect((await cached(read, { path: 'a' })).data).not.toBe(before.data);

  await expect(cached(read, { path: 'missing' })).rejects.toMatchObject({ status: 404 });
  await expect(cached(read, { path: 'missing' })).rejects.toMatchObject({ status: 404 });
  expect(github.sent.filter((route) => route === read)).toHaveLength(3);
  await expect(cached(read, { path: 'flaky' })).rejects.toMatchObject({ status: 502 });
  expect((await cached(read, { path: 'flaky' })).status).toBe(200);
});

it('a commit\'s check-run list stays cached across other writes, and is read again after a check-run write', async () => {
  const github = countingGitHub();
  const cached = cacheGitHubReads(github.request);
  const runs = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
  const before = await cached(runs, { ref: 'a'.repeat(40) });
  const file = await cached(read, { path: 'a' });
  await cached('POST /graphql', { query: 'mutation { markPullRequestReadyForReview }' });
  expect(await cached(runs, { ref: 'a'.repeat(40) })).toBe(before);
  expect((await cached(read, { path: 'a' })).data).not.toBe(file.data);
  await cached('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { check_run_id: 1 });
  expect((await cached(runs, { ref: 'a'.repeat(40) })).data).not.toBe(before.data);
});
