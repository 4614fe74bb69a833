import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProbotOctokit } from 'probot';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import type { Forge } from '../../../src/ports/forge.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

const repo = 'octo/shop';
const sha = 'a'.repeat(40);
const sha2 = 'b'.repeat(40);
let api: GitHubApiMock;
let forge: Forge;
let sleeps: number[];

beforeEach(() => {
  api = mockGitHubApi();
  sleeps = [];
  forge = createGitHubForge({ request: testRequest(), retry: { sleep: async (ms) => void sleeps.push(ms), attempts: 4 } });
});
afterEach(() => api.done());

describe('ensureComment', () => {
  it('creates the comment once, with the key marker as its first line', async () => {
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, [{ id: 1, body: 'someone else' }]);
    api.scope.post('/repos/octo/shop/issues/7/comments', { body: '<!-- shopfloor:key=run-1 -->\nhello' }).reply(201, { id: 2, body: '<!-- shopfloor:key=run-1 -->\nhello' });
    const result = await forge.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'hello');
    expect(result).toMatchObject({ created: true, value: { id: 2 } });
  });

  it('edits the keyed comment when the text changed and writes nothing when it did not', async () => {
    const old = { id: 9, body: '<!-- shopfloor:key=run-1 -->\nold' };
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).twice().reply(200, [{ id: 3, body: 'quoted: <!-- shopfloor:key=run-1 -->' }, old]);
    api.scope.patch('/repos/octo/shop/issues/comments/9', { body: '<!-- shopfloor:key=run-1 -->\nnew' }).reply(200, { ...old, body: '<!-- shopfloor:key=run-1 -->\nnew' });
    expect(await forge.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'new')).toMatchObject({ created: false, value: { id: 9 } });
    expect(await forge.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'old')).toMatchObject({ created: false, value: { id: 9 } });
    expect(api.writes()).toHaveLength(1);
  });

  it('retries a 502 whose write had landed without writing twice', async () => {
    const landed = { id: 4, body: '<!-- shopfloor:key=run-1 -->\nhello' };
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, []);
    api.scope.post('/repos/octo/shop/issues/7/comments').reply(502, { message: 'Bad Gateway' });
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, [landed]);
    expect(await forge.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'hello')).toMatchObject({ created: false, value: { id: 4 } });
    expect(api.writes()).toHaveLength(1);
    expect(sleeps).toEqual([1_000]);
  });

  it('waits out a secondary rate limit for as long as retry-after says', async () => {
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '3' });
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(429, { message: 'slow down' }, { 'retry-after': '1' });
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, []);
    api.scope.post('/repos/octo/shop/issues/7/comments').reply(201, { id: 5, body: 'x' });
    await forge.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'hello');
    expect(sleeps).toEqual([3_000, 1_000]);
  });

  it('gives up after the last attempt and does not retry a plain 404', async () => {
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).times(4).reply(500, { message: 'boom' });
    await expect(forge.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'x')).rejects.toMatchObject({ status: 500 });
    expect(sleeps).toEqual([1_000, 2_000, 4_000]);
    api.scope.get('/repos/octo/shop/issues/8/comments').query(true).reply(404, { message: 'Not Found' });
    await expect(forge.ensureComment({ repo, issueNumber: 8 }, 'run-1', 'x')).rejects.toMatchObject({ status: 404 });
    expect(sleeps).toHaveLength(3);
  });
});

describe("with Probot's own Octokit (its retry plugin on, as in production)", () => {
  it('a create whose answer was lost is not sent twice: only the whole ensure step is retried', async () => {
    const octokit = new ProbotOctokit({ auth: { token: 'ghs_test' }, throttle: { enabled: false } });
    const production = createGitHubForge({ request: octokit.request, retry: { sleep: async (ms) => void sleeps.push(ms), attempts: 4 } });
    const landed = { id: 7, body: '<!-- shopfloor:key=run-1 -->\nhello' };
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, []);
    api.scope.post('/repos/octo/shop/issues/7/comments').reply(502, { message: 'Bad Gateway' });
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, [landed]);
    expect(await production.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'hello')).toMatchObject({ created: false, value: { id: 7 } });
    expect(api.writes()).toHaveLength(1);
  });
});

describe('a call that hangs', () => {
  it('is aborted at its deadline and retried, without writing twice', async () => {
    const hanging = createGitHubForge({ request: testRequest(), timeoutMs: 100, retry: { sleep: async (ms) => void sleeps.push(ms), attempts: 4 } });
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).delay(2_000).reply(200, []);
    api.scope.get('/repos/octo/shop/issues/7/comments').query(true).reply(200, []);
    api.scope.post('/repos/octo/shop/issues/7/comments').reply(201, { id: 6, body: '<!-- shopfloor:key=run-1 -->\nhello' });
    expect(await hanging.ensureComment({ repo, issueNumber: 7 }, 'run-1', 'hello')).toMatchObject({ created: true, value: { id: 6 } });
    expect(sleeps).toEqual([1_000]);
    expect(api.writes()).toHaveLength(1);
  });
});

describe('ensureCheckRun', () => {
  const annotations = Array.from({ length: 120 }, (_, i) => ({ path: 'src/a.ts', startLine: i + 1, endLine: i + 1, level: 'failure' as const, message: `problem ${i}` }));

  it('creates one run per name and head SHA and sends annotations 50 at a time, summary within the limit', async () => {
    const counts: number[] = [];
    const count = (body: { output: { annotations?: unknown[]; summary: string } }) => {
      counts.push(body.output.annotations?.length ?? 0);
      return body.output.summary.length <= 65_535;
    };
    api.scope.get(`/repos/octo/shop/commits/${sha}/check-runs`).query({ filter: 'all', per_page: 100 }).reply(200, { total_count: 1, check_runs: [{ id: 5, name: 'ci/other', head_sha: sha }] });
    api.scope.post('/repos/octo/shop/check-runs', count).reply(201, { id: 77 });
    api.scope.patch('/repos/octo/shop/check-runs/77', count).twice().reply(200, { id: 77 });
    const result = await forge.ensureCheckRun(repo, { name: 'shopfloor/gates', headSha: sha, status: 'completed', conclusion: 'failure', output: { title: 'Gates', summary: 'x'.repeat(70_000) }, annotations });
    expect(result).toEqual({ created: true, value: { id: 77 } });
    expect(counts).toEqual([50, 50, 20]);
  });

  it('updates the existing run for the same head instead of adding a second', async () => {
    api.scope.get(`/repos/octo/shop/commits/${sha}/check-runs`).query(true).reply(200, { total_count: 2, check_runs: [{ id: 12, name: 'shopfloor/workorder', head_sha: sha }, { id: 13, name: 'ci', head_sha: sha }] });
    api.scope.patch('/repos/octo/shop/check-runs/12', { status: 'in_progress', output: { title: 'Work order', summary: 'queued' } }).reply(200, { id: 12 });
    expect(await forge.ensureCheckRun(repo, { name: 'shopfloor/workorder', headSha: sha, status: 'in_progress', output: { title: 'Work order', summary: 'queued' } })).toEqual({ created: false, value: { id: 12 } });
  });

  it('asks again by name when the commit has more runs than one page holds', async () => {
    api.scope.get(`/repos/octo/shop/commits/${sha}/check-runs`).query({ filter: 'all', per_page: 100 }).reply(200, { total_count: 140, check_runs: [{ id: 1, name: 'ci', head_sha: sha }] });
    api.scope.get(`/repos/octo/shop/commits/${sha}/check-runs`).query({ filter: 'all', per_page: 100, check_name: 'shopfloor/merge' }).reply(200, { total_count: 1, check_runs: [{ id: 99, name: 'shopfloor/merge', head_sha: sha }] });
    api.scope.patch('/repos/octo/shop/check-runs/99').reply(200, { id: 99 });
    expect(await forge.ensureCheckRun(repo, { name: 'shopfloor/merge', headSha: sha, status: 'in_progress', output: { title: 'Merge', summary: 'deciding' } })).toEqual({ created: false, value: { id: 99 } });
  });
});

describe('branches, files and pull requests', () => {
  it('ensureBranch creates a missing branch in one call, and keeps an existing one (an earlier start, a lost answer, a race)', async () => {
    api.scope.post('/repos/octo/shop/git/refs', { ref: 'refs/heads/agent/issue-2/abcdef12', sha }).reply(201, { ref: 'refs/heads/agent/issue-2/abcdef12', object: { sha } });
    expect(await forge.ensureBranch(repo, 'agent/issue-2/abcdef12', sha)).toEqual({ created: true, value: { sha } });
    api.scope.post('/repos/octo/shop/git/refs').reply(422, { message: 'Reference already exists' });
    api.scope.get('/repos/octo/shop/git/ref/heads%2Fagent%2Fissue-3%2Fabcdef12').reply(200, { object: { sha: sha2 } });
    expect(await forge.ensureBranch(repo, 'agent/issue-3/abcdef12', sha)).toEqual({ created: false, value: { sha: sha2 } });
    api.scope.post('/repos/octo/shop/git/refs').reply(422, { message: 'Invalid reference name' });
    api.scope.get('/repos/octo/shop/git/ref/heads%2Fbad..name').reply(404, { message: 'Not Found' });
    await expect(forge.ensureBranch(repo, 'bad..name', sha)).rejects.toMatchObject({ status: 422 });
  });

  it('ensureFile creates a new file in one call, commits a changed one with its blob SHA, and leaves equal content alone', async () => {
    const content = 'id: issue-1\n';
    const put = { message: 'Add work order issue-1', content: Buffer.from(content).toString('base64'), branch: 'agent/issue-1/abcdef12' };
    api.scope.put('/repos/octo/shop/contents/workorders%2Fissue-1.yml', put).reply(201, { content: {}, commit: { sha: sha2 } });
    expect(await forge.ensureFile(repo, 'agent/issue-1/abcdef12', 'workorders/issue-1.yml', content, 'Add work order issue-1')).toEqual({ created: true, value: { commitSha: sha2 } });
    // GitHub refuses a create over an existing file (422, "sha" wasn't supplied): read it, and it is equal.
    api.scope.put('/repos/octo/shop/contents/workorders%2Fissue-1.yml', put).reply(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
    api.scope.get('/repos/octo/shop/contents/workorders%2Fissue-1.yml').query(true).reply(200, { type: 'file', encoding: 'base64', content: Buffer.from(content).toString('base64'), sha: 'f'.repeat(40) });
    api.scope.get('/repos/octo/shop/git/ref/heads%2Fagent%2Fissue-1%2Fabcdef12').reply(200, { object: { sha: sha2 } });
    expect(await forge.ensureFile(repo, 'agent/issue-1/abcdef12', 'workorders/issue-1.yml', content, 'Add work order issue-1')).toEqual({ created: false, value: { commitSha: sha2 } });
    // Different content: replaced by naming the blob it replaces.
    api.scope.put('/repos/octo/shop/contents/workorders%2Fissue-1.yml', put).reply(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' });
    api.scope.get('/repos/octo/shop/contents/workorders%2Fissue-1.yml').query(true).reply(200, { type: 'file', encoding: 'base64', content: Buffer.from('id: old\n').toString('base64'), sha: 'f'.repeat(40) });
    api.scope.put('/repos/octo/shop/contents/workorders%2Fissue-1.yml', { ...put, sha: 'f'.repeat(40) }).reply(200, { content: {}, commit: { sha } });
    expect(await forge.ensureFile(repo, 'agent/issue-1/abcdef12', 'workorders/issue-1.yml', content, 'Add work order issue-1')).toEqual({ created: true, value: { commitSha: sha } });
  });

  it('ensurePullRequest reuses the open PR for the head branch or opens a draft', async () => {
    const spec = { head: 'agent/issue-1/abcdef12', base: 'main', title: 'Speed up slugs', body: 'run doc', draft: true };
    const pull = { number: 5, html_url: 'https://github.com/octo/shop/pull/5', draft: true, head: { sha, ref: spec.head }, user: { login: 'shopfloor[bot]' } };
    api.scope.get('/repos/octo/shop/pulls').query({ head: `octo:${spec.head}`, state: 'open' }).reply(200, []);
    api.scope.post('/repos/octo/shop/pulls', spec).reply(201, pull);
    expect(await forge.ensurePullRequest(repo, spec)).toMatchObject({ created: true, value: { number: 5, draft: true, headSha: sha } });
    api.scope.get('/repos/octo/shop/pulls').query(true).reply(200, [pull]);
    expect(await forge.ensurePullRequest(repo, spec)).toMatchObject({ created: false, value: { number: 5 } });
  });

  it('merges with the expected head SHA and reports a moved head as data', async () => {
    api.scope.put('/repos/octo/shop/pulls/5/merge', { sha, merge_method: 'squash', commit_title: 'Speed up slugs (#5)' }).reply(200, { sha: sha2, merged: true, message: 'merged' });
    expect(await forge.mergePullRequest(repo, 5, { sha, method: 'squash', title: 'Speed up slugs (#5)' })).toEqual({ merged: true, sha: sha2 });
    api.scope.put('/repos/octo/shop/pulls/5/merge').reply(409, { message: 'Head branch was modified. Review and try the merge again.' });
    expect(await forge.mergePullRequest(repo, 5, { sha, method: 'squash' })).toMatchObject({ merged: false, reason: 'head-moved' });
  });

  it('lists PR files as changes', async () => {
    api.scope.get('/repos/octo/shop/pulls/5/files').query(true).reply(200, [{ filename: 'src/a.ts', status: 'modified' }, { filename: 'src/b.ts', status: 'renamed', previous_filename: 'src/old.ts' }, { filename: '.github/workflows/ci.yml', status: 'added' }]);
    expect((await forge.listPullRequestFiles(repo, 5)).map((c) => `${c.status} ${c.path}`)).toEqual(['M src/a.ts', 'R src/b.ts', 'A .github/workflows/ci.yml']);
  });
});

describe('permissions, reactions, dispatch, issues and default-branch files', () => {
  it('reads the finest role and fails closed when the API errors', async () => {
    api.scope.get('/repos/octo/shop/collaborators/mona/permission').reply(200, { permission: 'write', role_name: 'maintain', user: null });
    expect(await forge.getPermission(repo, 'mona')).toBe('maintain');
    // A 5xx is retried (one fault must not refuse a command), and fails closed when every try fails.
    api.scope.get('/repos/octo/shop/collaborators/ada/permission').reply(502, { message: 'bad gateway' });
    api.scope.get('/repos/octo/shop/collaborators/ada/permission').reply(200, { permission: 'write', role_name: 'write', user: null });
    expect(await forge.getPermission(repo, 'ada')).toBe('write');
    api.scope.get('/repos/octo/shop/collaborators/eve/permission').times(4).reply(500, { message: 'oops' });
    expect(await forge.getPermission(repo, 'eve')).toBe('none');
    api.scope.get('/repos/octo/shop/collaborators/stranger/permission').reply(404, { message: 'Not Found' });
    expect(await forge.getPermission(repo, 'stranger')).toBe('none');
  });

  it('dispatches the workflow on the default branch, and keys issues', async () => {
    api.scope.post('/repos/octo/shop/actions/workflows/shopfloor-implement.yml/dispatches', { ref: 'main', inputs: { work_order: 'issue-7' } }).reply(204);
    await forge.dispatchWorkflow(repo, 'shopfloor-implement.yml', 'main', { work_order: 'issue-7' });
    api.scope.get('/repos/octo/shop/issues').query({ state: 'all', labels: 'shopfloor', per_page: 100, page: 1 }).reply(200, [{ number: 3, html_url: 'u3', body: '<!-- shopfloor:key=bug-abc -->\nold', pull_request: {} }]);
    api.scope.post('/repos/octo/shop/issues', { title: 'Canary failed', body: '<!-- shopfloor:key=bug-abc -->\nEvidence', labels: ['shopfloor'] }).reply(201, { number: 11, html_url: 'u11' });
    expect(await forge.ensureIssue(repo, 'bug-abc', { title: 'Canary failed', body: 'Evidence', labels: ['shopfloor'] })).toEqual({ created: true, value: { number: 11, url: 'u11' } });
  });

  it('reads policy from the default branch, whatever branch an event came from', async () => {
    api.scope.get('/repos/octo/shop').reply(200, { default_branch: 'trunk' });
    api.scope.get('/repos/octo/shop/contents/.github%2Fshopfloor.yml').query({ ref: 'trunk' }).reply(200, { type: 'file', encoding: 'base64', content: Buffer.from('gates: []\n').toString('base64'), sha: 'c'.repeat(40) });
    expect(await forge.readDefaultBranchFile(repo, '.github/shopfloor.yml')).toEqual({ text: 'gates: []\n', ref: 'trunk' });
  });
});
