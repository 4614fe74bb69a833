import { describe, expect, it } from 'vitest';
import { checkRequest } from '../../helpers/github-api.ts';

describe('the OpenAPI request check', () => {
  it.each([
    ['POST', '/repos/o/r/check-runs', { name: 'x', head_sha: 'a'.repeat(40), status: 'in_progress', output: { title: 't', summary: 's' } }],
    ['PATCH', '/repos/o/r/issues/comments/5', { body: 'hi' }],
    ['GET', '/repos/o/r/contents/.github%2Fshopfloor.yml?ref=main', undefined],
    ['GET', '/repos/o/r/git/ref/heads%2Fagent%2Fissue-1%2Fabcdef12', undefined],
    ['PUT', '/repos/o/r/pulls/3/merge', { sha: 'a'.repeat(40), merge_method: 'squash' }],
  ])('accepts %s %s', (method, path, body) => {
    expect(checkRequest(method, path, body)).toHaveProperty('operationId');
  });

  it.each([
    ['POST', '/repos/o/r/check-runs', { name: 'x', head_sha: 'a', status: 'running', output: { title: 't', summary: 's' } }, 'status must be equal to one of the allowed values'],
    ['POST', '/repos/o/r/check-runs', { name: 'x', head_sha: 'a', output: { title: 't', summary: 'x'.repeat(65_536) } }, 'must NOT have more than 65535 characters'],
    ['POST', '/repos/o/r/check-runs', { name: 'x', head_sha: 'a', output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' })) } }, 'must NOT have more than 50 items'],
    ['PUT', '/repos/o/r/pulls/3/merge', { merge_method: 'fastforward' }, 'merge_method must be equal to one of the allowed values'],
    ['DELETE', '/repos/o/r', undefined, 'matches no operation'],
    ['POST', '/repos/o/r/issues/1/comments', {}, "must have required property 'body'"],
  ])('rejects %s %s', (method, path, body, message) => {
    const verdict = checkRequest(method, path, body);
    expect(verdict).toHaveProperty('problem');
    expect((verdict as { problem: string }).problem).toContain(message);
  });
});

describe('mockGitHubApi', () => {
  it('fails done() on an invalid body, an unmatched request and an unused mock', async () => {
    const { mockGitHubApi } = await import('../../helpers/github-api.ts');
    const { testRequest } = await import('../../helpers/github-octokit.ts');
    const api = mockGitHubApi();
    const request = testRequest();
    api.scope.post('/repos/o/r/check-runs').reply(201, { id: 1 });
    api.scope.get('/repos/o/r').reply(200, {});
    // @ts-expect-error an invalid status on purpose: the types refuse it too, the checker must catch it at run time
    await request('POST /repos/{owner}/{repo}/check-runs', { owner: 'o', repo: 'r', name: 'x', head_sha: 'a', status: 'done' });
    await expect(request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'o', repo: 'r', pull_number: 1 })).rejects.toThrow();
    expect(() => api.done()).toThrow(/status must be equal to one of the allowed values[\s\S]*no mock for GET[\s\S]*mock never used: GET https:\/\/api.github.com:443\/repos\/o\/r/);
  });
});
