import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { defaultBranchHeadQuery, startBranchMutation } from '../../../src/adapters/github/github-branch-start.ts';
import { enqueueMutation, markReadyMutation } from '../../../src/adapters/github/github-landing.ts';
import { graphqlProblems } from '../../helpers/github-graphql.ts';

/** GraphQL is outside the REST OpenAPI check, so the adapter's documents are validated against GitHub's published schema. */
describe('the GraphQL documents the GitHub adapter sends', () => {
  it.each([
    ['markPullRequestReadyForReview', markReadyMutation],
    ['enqueuePullRequest with expectedHeadOid', enqueueMutation],
    ["the default branch's head, tree and policy file", defaultBranchHeadQuery],
    ['createRef then createCommitOnBranch with expectedHeadOid', startBranchMutation],
  ])("%s is valid against GitHub's schema", (_name, document) => {
    expect(validate(document).map(String)).toEqual([]);
  });

  it('the fakes judge every document they receive the same way (github-api.ts), so an invalid one fails the test', () => {
    expect(graphqlProblems(startBranchMutation.replace('expectedHeadOid', 'expectedHeadSha')).join('\n')).toMatch(/expectedHeadSha/);
    expect(graphqlProblems(defaultBranchHeadQuery)).toEqual([]);
  });

  it('the check can fail: a misspelt input field is reported', () => {
    expect(validate(enqueueMutation.replace('expectedHeadOid', 'expectedHeadSha')).map(String).join('\n')).toMatch(/expectedHeadSha/);
  });
});
