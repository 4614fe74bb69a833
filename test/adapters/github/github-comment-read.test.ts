import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import type { Forge } from '../../../src/ports/forge.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

let api: GitHubApiMock;
let forge: Forge;

beforeEach(() => {
  api = mockGitHubApi();
  forge = createGitHubForge({ request: testRequest(), retry: { sleep: async () => undefined, attempts: 3 } });
});
afterEach(() => api.done());

describe('getIssueComment', () => {
  it.each([
    ['a comment an App wrote', { id: 9, body: 'hello', html_url: 'https://github.com/octo/shop/issues/7#issuecomment-9', performed_via_github_app: { id: 777 } }, { id: 9, body: 'hello', url: 'https://github.com/octo/shop/issues/7#issuecomment-9', authorAppId: 777 }],
    ['a person\'s comment with an empty body', { id: 9, body: null, performed_via_github_app: null }, { id: 9, body: '' }],
  ] as const)('reads %s as it is now', async (_name, reply, expected) => {
    api.scope.get('/repos/octo/shop/issues/comments/9').reply(200, reply);
    expect(await forge.getIssueComment('octo/shop', 9)).toEqual(expected);
  });

  it('is undefined for a deleted comment and retries a 502', async () => {
    api.scope.get('/repos/octo/shop/issues/comments/9').reply(404, { message: 'Not Found' });
    api.scope.get('/repos/octo/shop/issues/comments/10').reply(502, {}).get('/repos/octo/shop/issues/comments/10').reply(200, { id: 10, body: 'back' });
    expect(await forge.getIssueComment('octo/shop', 9)).toBeUndefined();
    expect(await forge.getIssueComment('octo/shop', 10)).toEqual({ id: 10, body: 'back' });
  });
});
