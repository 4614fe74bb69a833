import { validate } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { enqueueMutation, markReadyMutation } from '../../../src/adapters/github/github-landing.ts';

/** GraphQL is outside the REST OpenAPI check, so the adapter's documents are validated against GitHub's published schema. */
describe('the GraphQL documents the GitHub adapter sends', () => {
  it.each([
    ['markPullRequestReadyForReview', markReadyMutation],
    ['enqueuePullRequest with expectedHeadOid', enqueueMutation],
  ])("%s is valid against GitHub's schema", (_name, document) => {
    expect(validate(document).map(String)).toEqual([]);
  });

  it('the check can fail: a misspelt input field is reported', () => {
    expect(validate(enqueueMutation.replace('expectedHeadOid', 'expectedHeadSha')).map(String).join('\n')).toMatch(/expectedHeadSha/);
  });
});
