import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import { GraphQlRateLimitError } from '../../../src/adapters/github/send-graphql.ts';
import type { Forge } from '../../../src/ports/forge.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { fakeRepositoryNodeId } from '../../helpers/github-fake-branch-start.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

const repo = 'octo/shop';
const main = 'a'.repeat(40);
const head = { data: { repository: { id: 'R_1', defaultBranchRef: { name: 'main', target: { oid: main, tree: { oid: 'b'.repeat(40) }, file: null } } } } };
const primaryLimit = { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] };
let api: GitHubApiMock;
let forge: Forge;
let sleeps: number[];

beforeEach(() => {
  api = mockGitHubApi();
  sleeps = [];
  forge = createGitHubForge({ request: testRequest(), retry: { sleep: async (ms) => void sleeps.push(ms), attempts: 4 } });
});
afterEach(() => api.done());

const operations = () => api.calls.map((call) => call.operationId);

describe('a GraphQL document GitHub refused for a rate limit (200 with RATE_LIMITED: nothing in it ran)', () => {
  it('a query is sent again after the backoff, as a REST call would be', async () => {
    api.scope.post('/graphql').reply(200, primaryLimit);
    api.scope.post('/graphql').reply(200, head);
    expect(await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml')).toMatchObject({ name: 'main', sha: main });
    expect(sleeps).toEqual([1_000]);
    expect(operations()).toEqual(['graphql/query repository', 'graphql/query repository']);
  });

  it("waits as long as retry-after says, for a secondary limit that only GitHub's message names", async () => {
    api.scope.post('/graphql').reply(200, { errors: [{ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }] }, { 'retry-after': '2' });
    api.scope.post('/graphql').reply(200, head);
    await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml');
    expect(sleeps).toEqual([2_000]);
  });

  it('does not wait for a spent primary limit: the error says when it resets and what to do', async () => {
    api.scope.post('/graphql').reply(200, primaryLimit, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' });
    const refused = forge.readDefaultBranchHead(repo, '.github/shopfloor.yml');
    await expect(refused).rejects.toBeInstanceOf(GraphQlRateLimitError);
    await expect(refused).rejects.toThrow(/rate limit until 2023-11-14T22:13:20\.000Z \(x-ratelimit-reset\): API rate limit exceeded .*try again after that/);
    expect(sleeps).toEqual([]);
  });

  it('gives up after the last attempt', async () => {
    api.scope.post('/graphql').times(4).reply(200, primaryLimit);
    await expect(forge.readDefaultBranchHead(repo, '.github/shopfloor.yml')).rejects.toBeInstanceOf(GraphQlRateLimitError);
    expect(sleeps).toEqual([1_000, 2_000, 4_000]);
  });

  it('a mutation is sent again and lands once', async () => {
    api.scope.post('/graphql').reply(200, primaryLimit);
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    const spec = { repositoryNodeId: fakeRepositoryNodeId, branch: 'agent/issue-1/abcdef12', fromSha: main, path: 'workorders/issue-1.yml', content: 'id: issue-1\n', message: 'Add work order issue-1 from #1' };
    expect(await forge.ensureBranchWithFile(repo, spec)).toEqual({ created: true, value: { commitSha: fake.refs.get(spec.branch) } });
    expect(fake.commitsMade()).toBe(1);
    expect(operations()).toEqual(['graphql/mutation createRef+createCommitOnBranch', 'graphql/mutation createRef+createCommitOnBranch']);
    expect(sleeps).toEqual([1_000]);
  });
});

describe('enqueuePullRequest, the write that is never repeated blind', () => {
  it('is sent again after a rate limit, answered 200 or 403', async () => {
    api.scope.post('/graphql').reply(200, primaryLimit);
    api.scope.post('/graphql').reply(403, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '3' });
    api.scope.post('/graphql').reply(200, { data: { enqueuePullRequest: { clientMutationId: null } } });
    expect(await forge.enqueuePullRequest(repo, 'PR_1', main)).toEqual({ enqueued: true });
    expect(sleeps).toEqual([1_000, 3_000]);
  });

  it('is not sent again after a 502: it may have landed', async () => {
    api.scope.post('/graphql').reply(502, { message: 'Bad Gateway' });
    await expect(forge.enqueuePullRequest(repo, 'PR_1', main)).rejects.toMatchObject({ status: 502 });
    expect(sleeps).toEqual([]);
  });

  it('an answer with another error beside the rate limit, or with a field that ran, is read as it is, not sent again', async () => {
    api.scope.post('/graphql').reply(200, { data: null, errors: [...primaryLimit.errors, { type: 'UNPROCESSABLE', message: 'Pull request is not mergeable' }] });
    expect(await forge.enqueuePullRequest(repo, 'PR_1', main)).toEqual({ enqueued: false, message: 'API rate limit exceeded for installation ID 1.; Pull request is not mergeable' });
    api.scope.post('/graphql').reply(200, { data: { enqueuePullRequest: { clientMutationId: null } }, errors: primaryLimit.errors });
    expect(await forge.enqueuePullRequest(repo, 'PR_1', main)).toMatchObject({ enqueued: false });
    expect(sleeps).toEqual([]);
    expect(api.calls).toHaveLength(2);
  });
});
