import { afterEach, beforeEach, expect, it } from 'vitest';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createGitStore } from '../helpers/github-fake-git.ts';
import { runLifecycleToMerge } from '../helpers/github-lifecycle.ts';
import { driveRedCanary, seedAgentMerge } from '../helpers/github-lifecycle-canary.ts';
import { duplicateGets } from '../helpers/duplicate-gets.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

it('the whole lifecycle: labeled issue → merge (part 1) → red canary → revert PR → bug work order issue (part 2)', async () => {
  // The git store's routes go in front of the pull-request fake and answer only what it lacks.
  const store = createGitStore({ pullRoutes: false });
  const part1 = await runLifecycleToMerge(api, { routes: [store.route] });
  // Only the run's claim in git (refs/shopfloor/runs/<run id>, on main's tree) comes before the first
  // visible reply, the tracking comment; then the branch with its work order commit, and the check.
  const writes = api.writes().filter((call) => !call.path.includes('/access_tokens'));
  expect(writes.slice(0, 4).map((call) => call.operationId)).toEqual(['git/create-commit', 'git/create-ref', 'issues/create-comment', 'graphql/mutation createRef+createCommitOnBranch']);
  expect(writes[1]!.body).toMatchObject({ ref: expect.stringMatching(/^refs\/shopfloor\/runs\//) });
  // Part 1's fake merge keeps no git objects; part 2 starts from the same PR merged as a real merge commit.
  const seed = seedAgentMerge(part1.fake, store, { pullNumber: part1.pullNumber, workOrderId: part1.workOrderId, branch: part1.branch, lastGood: true });
  const canaryFrom = api.calls.length;
  const part2 = await driveRedCanary({ probot: part1.probot, idle: part1.app.idle, api, fake: part1.fake, store });
  // No delivery asks GitHub the same thing twice (the per-delivery read cache; a read after a write is a new question).
  for (const [delivery, calls] of Object.entries({ ...part1.deliveryCalls, canary: api.calls.slice(canaryFrom) })) expect(duplicateGets(calls), delivery).toEqual([]);
  expect(part2.revertPull?.head.ref).toBe(`shopfloor/revert/${seed.mergeSha.slice(0, 12)}`);
  expect(part2.bugIssue?.body).toContain(`Revert pull request: #${part2.revertPull!.number}`);
  expect(part2.bugIssue?.body).toContain(`(#${part1.pullNumber})`);
  expect(part2.bugIssue?.body).toContain(`\`${part1.workOrderId}\``);
  // Bench figures (fewer is better), as measured when this was written: part 1's App calls, then 15 for part 2.
  expect(part2.calls).toBeLessThanOrEqual(15);
  console.info(`lifecycle API calls: App to merge ${part1.calls.appTotal} (+${part1.calls.runner} runner), red canary to revert PR + bug issue ${part2.calls} (${part2.writes} writes)`);
});
