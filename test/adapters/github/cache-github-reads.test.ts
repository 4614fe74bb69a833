import { expect, it } from 'vitest';
import { cacheGitHubReads } from '../../../src/adapters/github/cache-github-reads.ts';
import { Octokit } from '@octokit/core';

/**
 * A GitHub behind a real Octokit (its `fetch` swapped) that answers every call with a fresh number, a 404 for
 * the path `missing`, and a 502 once for `flaky`; `sent` lists each call's method and URL path.
 */
function countingGitHub() {
  const sent: string[] = [];
  let flaky = 1;
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const path = new URL(String(url)).pathname;
    sent.push(`${init?.method ?? 'GET'} ${path}`);
    const status = path.endsWith('/missing') ? 404 : path.endsWith('/flaky') && flaky-- > 0 ? 502 : 200;
    return Response.json(status === 200 ? sent.length : { message: `status ${status}` }, { status });
  };
  return { sent, request: new Octokit({ auth: 'ghs_test', request: { fetch } }).request };
}

const repo = { owner: 'o', repo: 'r' } as const;
const read = 'GET /repos/{owner}/{repo}/contents/{path}';

it('asks a read once per delivery, whatever per-call options it carries; other parameters are other reads', async () => {
  const github = countingGitHub();
  const cached = cacheGitHubReads(github.request);
  const first = await cached(read, { ...repo, path: 'a', request: { retries: 0 } });
  expect(await cached(read, { path: 'a', repo: 'r', owner: 'o', request: { signal: AbortSignal.timeout(1000) } })).toBe(first);
  await cached(read, { ...repo, path: 'b' });
  expect(github.sent).toHaveLength(2);
});

it('a write empties the cache, except adding git objects; a 404 is an answer, a 5xx is not kept', async () => {
  const github = countingGitHub();
  const cached = cacheGitHubReads(github.request);
  const before = await cached(read, { ...repo, path: 'a' });
  await cached('POST /repos/{owner}/{repo}/git/trees', { ...repo, tree: [] });
  await cached('POST /repos/{owner}/{repo}/git/commits', { ...repo, message: 'm', tree: 't' });
  expect(await cached(read, { ...repo, path: 'a' })).toBe(before);
  await cached('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repo, ref: 'heads/x', sha: 's' });
  expect((await cached(read, { ...repo, path: 'a' })).data).not.toBe(before.data);

  await expect(cached(read, { ...repo, path: 'missing' })).rejects.toMatchObject({ status: 404 });
  await expect(cached(read, { ...repo, path: 'missing' })).rejects.toMatchObject({ status: 404 });
  expect(github.sent.filter((call) => call.startsWith('GET /repos/o/r/contents/'))).toHaveLength(3);
  await expect(cached(read, { ...repo, path: 'flaky' })).rejects.toMatchObject({ status: 502 });
  expect((await cached(read, { ...repo, path: 'flaky' })).status).toBe(200);
});

it('a commit\'s check-run list stays cached across other writes, and is read again after a check-run write', async () => {
  const github = countingGitHub();
  const cached = cacheGitHubReads(github.request);
  const runs = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
  const before = await cached(runs, { ...repo, ref: 'a'.repeat(40) });
  const file = await cached(read, { ...repo, path: 'a' });
  await cached('POST /graphql', { query: 'mutation { markPullRequestReadyForReview }', variables: {} });
  expect(await cached(runs, { ...repo, ref: 'a'.repeat(40) })).toBe(before);
  expect((await cached(read, { ...repo, path: 'a' })).data).not.toBe(file.data);
  await cached('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: 1 });
  expect((await cached(runs, { ...repo, ref: 'a'.repeat(40) })).data).not.toBe(before.data);
});
