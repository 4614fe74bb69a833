import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueMutation, markReadyMutation } from '../../src/adapters/github/github-landing.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { runLifecycleToMerge } from '../helpers/github-lifecycle.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

describe('lifecycle: labeled issue to merged agent PR', () => {
  it('merges the verified agent PR with the expected head SHA and counts the calls', async () => {
    const run = await runLifecycleToMerge(api);
    expect(run.pulls.merges).toEqual([{ number: run.pullNumber, sha: run.head, expected: run.head, method: 'merge', title: `Merge work order ${run.workOrderId} (#${run.pullNumber})` }]);
    expect(run.pulls.graphqlCalls).toEqual([{ query: markReadyMutation, variables: { id: `PR_${run.pullNumber}` } }]);
    expect(run.fake.files.get('main:src/greeting.ts')?.text).toContain('Hello, World');
    expect(run.mergeSha).toMatch(/^[0-9a-f]{40}$/);
    const mergeChecks = run.fake.checkRuns.filter((check) => check.name === 'shopfloor/merge');
    expect(mergeChecks).toHaveLength(1);
    expect(mergeChecks[0]).toMatchObject({ head_sha: run.head, conclusion: 'success' });
    console.log(`lifecycle API calls: ${JSON.stringify(run.calls)}`);
    expect(enqueueMutation).toContain('expectedHeadOid');
  });
});
