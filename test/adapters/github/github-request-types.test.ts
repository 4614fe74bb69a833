import { expectTypeOf, it } from 'vitest';
import type { GitHubRequest } from '../../../src/adapters/github/github-request.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

/**
 * Checked by `npm run typecheck`, not at run time: each `@ts-expect-error` fails the typecheck when the
 * mistake under it compiles, so GitHub calls stay typed by GitHub's route table end to end.
 */
it('a route GitHub lacks, a wrong or missing parameter and a field the answer lacks are compile errors', () => {
  expectTypeOf(testRequest()).toEqualTypeOf<GitHubRequest>();
  const mistakes = (request: GitHubRequest) => [
    // @ts-expect-error no such route (it is `pulls`)
    () => request('GET /repos/{owner}/{repo}/pull/{pull_number}', { owner: 'o', repo: 'r', pull_number: 1 }),
    // @ts-expect-error `pull_number` is a number
    () => request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'o', repo: 'r', pull_number: '1' }),
    // @ts-expect-error a comment needs a `body`
    () => request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'o', repo: 'r', issue_number: 1 }),
    // @ts-expect-error the repository's answer has `default_branch`, no `default_branch_name`
    async () => (await request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })).data.default_branch_name,
  ];
  expectTypeOf(mistakes).returns.toBeArray();
});
