import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTrainRepo } from '../helpers/github-train-repo.ts';

/**
 * The merge train through the real Probot app, against GitHub modelled over a real bare repository
 * (staging commits are real merges made by the merges API, main moves only by fast-forward, a PR whose
 * head reaches main is marked merged), every request checked against GitHub's OpenAPI description.
 * The verify workflow is played by signing a report for each published staging commit.
 */
let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const trainPolicy = (depth: number, batch: number) => `merge:\n  train:\n    depth: ${depth}\n    batch: ${batch}\n`;
const mergeCheck = (repo: Awaited<ReturnType<typeof createTrainRepo>>, sha: string) =>
  repo.github.fake.checkRuns.filter((run) => run.name === 'shopfloor/merge' && run.head_sha === sha).at(-1) as unknown as { status: string; conclusion?: string; output: { title: string; summary: string } } | undefined;

describe('the merge train on GitHub', () => {
  it('batches four ready PRs into one staging commit, verifies exactly that commit, and fast-forwards main to it', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c', 'wo-d', 'wo-e'], policy: trainPolicy(1, 4) });
    const [a, ...four] = repo.pulls;
    // A is ready first and rides alone in car 1; the four others become ready while car 1 is being verified.
    await repo.verifyPull(a!);
    expect(repo.stagingBranches().map((b) => b.branch)).toEqual(['shopfloor/train/1']);
    for (const pull of four) await repo.verifyPull(pull);
    expect(mergeCheck(repo, four[3]!.head)?.output.title).toBe('In the merge train: 5 of 5, waiting');
    expect(repo.github.merges).toEqual([]);

    await repo.ci();
    // Two staging commits were verified, each once, both green; main moved twice, each time by fast-forward to exactly the verified commit.
    expect(repo.verified.map((v) => [v.branch, v.passed])).toEqual([['shopfloor/train/1', true], ['shopfloor/train/2', true]]);
    expect(repo.github.mainMoves.map((move) => move.to)).toEqual(repo.verified.map((v) => v.sha));
    expect(repo.github.mainMoves.map((move) => move.merged)).toEqual([[a!.number], four.map((p) => p.number)]);
    expect(repo.github.sha('main')).toBe(repo.verified[1]!.sha);
    // Car 2 is car 1 plus the four heads merged in order, one merge commit each: one staging commit for the batch.
    const car2 = repo.verified[1]!.sha;
    expect(repo.git('rev-list', '--first-parent', `${repo.verified[0]!.sha}..${car2}`).split('\n')).toHaveLength(4);
    expect(repo.git('rev-list', '--no-walk', '--parents', car2).split(' ')).toContain(four[3]!.head);
    for (const pull of repo.pulls) {
      expect(repo.github.pulls.find((p) => p.number === pull.number)).toMatchObject({ state: 'closed' });
      expect(mergeCheck(repo, pull.head)).toMatchObject({ conclusion: 'success', output: { title: expect.stringMatching(/^Landed by the merge train \(car [12]\)$/) } });
    }
    const comment = repo.github.fake.comments.find((c) => c.issue === four[0]!.number && c.body.includes('Merge train'));
    expect(comment?.body).toContain(`fast-forwarded to the staging commit \`${car2.slice(0, 7)}\``);
    // No PR was merged through the merge button, and the staging branches are gone.
    expect(repo.github.merges).toEqual([]);
    expect(repo.stagingBranches()).toEqual([]);
    expect(repo.train()).toMatchObject({ queue: [], cars: [] });
  }, 120_000);
});
