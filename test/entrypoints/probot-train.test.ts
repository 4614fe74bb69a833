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
    const calls = api.calls.filter((call) => !call.path.includes('/access_tokens'));
    console.info(`train, 5 PRs in 2 cars: ${calls.length} App API calls (${calls.filter((call) => call.method !== 'GET').length} writes), ${(calls.length / 5).toFixed(1)} per landed PR; ${repo.verified.length} staging verifications, ${(repo.verified.length / 5).toFixed(2)} per landed PR`);
  }, 120_000);

  it('bisects a red batch, evicts only the culprit with the evidence and how to re-queue, and lands the rest', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c', 'wo-d', 'wo-e'], policy: trainPolicy(1, 4), content: { 'wo-d': 'BROKEN\n' } });
    const [a, b, c, d, e] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number]];
    for (const pull of repo.pulls) await repo.verifyPull(pull);
    await repo.ci();

    // Car 2 (b, c, d, e) failed; its halves were verified, then d alone: only d is out.
    expect(repo.verified.filter((v) => !v.passed).length).toBeGreaterThanOrEqual(2);
    const landedMerged = repo.github.mainMoves.flatMap((move) => move.merged).sort();
    expect(landedMerged).toEqual([a.number, b.number, c.number, e.number].sort());
    expect(repo.github.pulls.find((p) => p.number === d.number)).toMatchObject({ state: 'open' });
    // Every commit main moved to is one whose gates passed; none holds the broken change.
    for (const move of repo.github.mainMoves) expect(repo.verified.find((v) => v.sha === move.to)?.passed).toBe(true);
    expect(repo.git('grep', '-c', 'exports', 'main', '--', 'src').split('\n')).toHaveLength(5);
    const held = mergeCheck(repo, d.head)!;
    expect(held).toMatchObject({ conclusion: 'action_required', output: { title: 'Evicted from the merge train: the staging commit with it failed its gates' } });
    expect(held.output.summary).toContain('`unit`');
    expect(held.output.summary).toMatch(/To re-queue: .*choose "Re-run" on this check/);
    expect(repo.github.fake.comments.find((comment) => comment.issue === d.number && comment.body.includes('was evicted'))).toBeDefined();
    expect(repo.train()).toMatchObject({ queue: [], cars: [], evictions: [{ key: `pr#${d.number}`, reason: 'broke-build' }] });

    // The same head is not queued again by the next event about it; a person's "Re-run" on the check would.
    await repo.verifyPull(d);
    expect(repo.stagingBranches()).toEqual([]);
  }, 180_000);

  it('takes a PR that is pushed to mid-train out of its car and lands the others without it', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c', 'wo-d'], policy: trainPolicy(3, 4) });
    const [a, b, c, d] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number]];
    await repo.verifyPull(a);
    await repo.verifyPull(b);
    await repo.verifyPull(c);
    await repo.verifyPull(d);
    const published = repo.stagingBranches();
    expect(published.length).toBeGreaterThan(0);
    let pushed = false;
    await repo.ci(async () => {
      if (pushed) return;
      pushed = true;
      // The agent pushes to b while its car is being verified: its approvals and report are for the old head.
      await repo.pushTo(b, { 'src/wo-b.js': 'exports.wo_b = 2;\n' });
    });
    const merged = repo.github.mainMoves.flatMap((move) => move.merged).sort();
    expect(merged).toEqual([a.number, c.number, d.number].sort());
    expect(repo.github.pulls.find((p) => p.number === b.number)).toMatchObject({ state: 'open' });
    // Main holds no commit of b, old or new.
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/')).not.toContain('wo-b.js');
    for (const move of repo.github.mainMoves) expect(repo.verified.find((v) => v.sha === move.to)?.passed).toBe(true);
    expect(mergeCheck(repo, b.head)?.output.title).toBe('Waiting for the signed gates report');
    expect(repo.train()).toMatchObject({ queue: [], cars: [] });
  }, 180_000);

  it('two App replicas hearing every event build, verify and land each car once', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c'], policy: trainPolicy(2, 4), apps: 2 });
    for (const pull of repo.pulls) await repo.verifyPull(pull);
    await repo.ci();
    const merged = repo.github.mainMoves.flatMap((move) => move.merged).sort();
    expect(merged).toEqual(repo.pulls.map((p) => p.number).sort());
    // Each staging commit was published once and verified once; main moved once per car, each time to a verified commit.
    const shas = repo.verified.map((v) => v.sha);
    expect(new Set(shas).size).toBe(shas.length);
    expect(repo.github.mainMoves.map((move) => move.to)).toEqual(shas.filter((sha) => repo.github.mainMoves.some((move) => move.to === sha)));
    const merges = api.calls.filter((call) => call.operationId === 'repos/merge');
    // One merge per member per car build, never twice (a replica that lost the race built nothing).
    const perCar = new Map<string, number>();
    for (const call of merges) perCar.set(String((call.body as { head: string }).head) + String((call.body as { base: string }).base).replace(/-.*$/, ''), (perCar.get(String((call.body as { head: string }).head) + String((call.body as { base: string }).base).replace(/-.*$/, '')) ?? 0) + 1);
    expect([...perCar.values()].every((count) => count === 1)).toBe(true);
    const mainPatches = api.calls.filter((call) => call.method === 'PATCH' && call.path.endsWith('/git/refs/heads/main'));
    expect(mainPatches).toHaveLength(repo.github.mainMoves.length);
    expect(repo.train()).toMatchObject({ queue: [], cars: [] });
  }, 180_000);

  it('/shopfloor hold or closing the PR takes a waiting PR out of the train; the rest lands without it', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c'], policy: trainPolicy(1, 4) });
    const [a, b, c] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number]];
    for (const pull of repo.pulls) await repo.verifyPull(pull);
    expect(repo.train()?.queue.map((q) => q.key)).toEqual([`pr#${a.number}`, `pr#${b.number}`, `pr#${c.number}`]);
    await repo.comment(b, '/shopfloor hold');
    expect(repo.train()?.queue.map((q) => q.key)).toEqual([`pr#${a.number}`, `pr#${c.number}`]);
    // Closing a queued PR takes it out too.
    await repo.close(c);
    expect(repo.train()?.queue.map((q) => q.key)).toEqual([`pr#${a.number}`]);
    expect(mergeCheck(repo, b.head)).toMatchObject({ conclusion: 'action_required', output: { title: 'Held: 1 thing missing' } });
    await repo.ci();
    expect(repo.github.mainMoves.flatMap((move) => move.merged)).toEqual([a.number]);
    expect(repo.github.pulls.find((p) => p.number === b.number)).toMatchObject({ state: 'open' });
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/')).not.toContain('wo-c.js');
  }, 180_000);

  it('with a GitHub merge queue on main and no merge.queue in the policy, the App uses that queue instead of its train', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a'], mergeQueue: true });
    await repo.verifyPull(repo.pulls[0]!);
    expect(repo.github.queue).toMatchObject([{ number: repo.pulls[0]!.number, head: repo.pulls[0]!.head }]);
    expect(repo.stagingBranches()).toEqual([]);
    expect(repo.train()).toBeUndefined();
    expect(api.calls.some((call) => call.operationId === 'repos/get-branch-rules')).toBe(true);
  }, 60_000);

  it('two replicas, each delivery three times in shuffled order, 20 % of GitHub requests failing (some after the write): every PR lands once, main only on verified commits', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c', 'wo-d'], policy: trainPolicy(2, 2), chaos: { seed: 20261205, rate: 0.2 } });
    repo.replicas!.chaosOn(true);
    for (const pull of repo.pulls) await repo.verifyPull(pull);
    await repo.ci();
    repo.replicas!.chaosOn(false);
    const merged = repo.github.mainMoves.flatMap((move) => move.merged).sort();
    expect(merged).toEqual(repo.pulls.map((p) => p.number).sort());
    for (const move of repo.github.mainMoves) expect(repo.verified.find((v) => v.sha === move.to)?.passed).toBe(true);
    expect(repo.train()).toMatchObject({ queue: [], cars: [] });
    const figures = repo.replicas!.figures;
    console.info(`train under chaos: ${figures.faults} faults (${figures.lostAnswers} answers lost after the write), ${figures.retries} retries, ${repo.github.fake.runRefs.messages('refs/shopfloor/train/main').length} train states, ${repo.verified.length} staging verifications for ${merged.length} PRs`);
  }, 240_000);

  it('a staging commit whose only failing gate flaked is verified again (a new staging commit of the same tree) before anyone is evicted', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a'], policy: trainPolicy(1, 4) });
    await repo.verifyPull(repo.pulls[0]!);
    let runs = 0;
    await repo.ci(undefined, () => (++runs === 1 ? 'flaky' : 'pass'));
    expect(repo.verified.map((v) => [v.branch, v.passed])).toEqual([['shopfloor/train/1', false], ['shopfloor/train/2', true]]);
    expect(repo.github.mainMoves).toMatchObject([{ to: repo.verified[1]!.sha, merged: [repo.pulls[0]!.number] }]);
    expect(repo.train()).toMatchObject({ evictions: [] });
  }, 120_000);

  it('main moved outside the train: no staging verification is trusted and nothing lands until main is accounted for, then the train rebuilds on it', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c'], policy: trainPolicy(1, 4) });
    const [a, b, c] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number]];
    for (const pull of repo.pulls) await repo.verifyPull(pull);
    const car1 = repo.train()!.cars[0]!;
    expect(car1).toMatchObject({ members: [`pr#${a.number}`], status: 'verifying' });
    // Someone pushes to main directly while car 1 (built on the old main) is being verified green.
    const pushed = await repo.pushMain({ 'src/hotfix.js': 'exports.hotfix = 1;\n' });
    await repo.ci();
    // The green verification of car 1 was not trusted: main is where the push left it, car 1 is still unverified, every queued PR says why.
    expect(repo.github.sha('main')).toBe(pushed);
    expect(repo.github.mainMoves).toEqual([]);
    expect(repo.train()).toMatchObject({ main: car1.base, cars: [{ id: car1.id, status: 'verifying' }] });
    for (const pull of [a, b, c]) {
      const check = mergeCheck(repo, pull.head)!;
      expect(check).toMatchObject({ conclusion: 'action_required', output: { title: 'Merge train stopped: main moved outside the train' } });
      expect(check.output.summary).toContain(pushed.slice(0, 7));
      expect(check.output.summary).toContain('shopfloor-verify');
      expect(repo.github.fake.comments.find((comment) => comment.issue === pull.number && comment.body.includes('Merge train:** stopped'))).toBeDefined();
    }
    // A maintainer verifies main: its signed report accounts for the pushed commit, and the train rebuilds on it.
    await repo.verifyMain();
    await repo.ci();
    expect(repo.github.mainMoves.flatMap((move) => move.merged).sort()).toEqual([a.number, b.number, c.number].sort());
    expect(repo.github.mainMoves[0]!.from).toBe(pushed);
    for (const move of repo.github.mainMoves) expect(repo.verified.find((v) => v.sha === move.to)?.passed).toBe(true);
    // The first staging commit trusted after the push is built on it; car 1's old commit was never landed.
    expect(repo.git('merge-base', '--is-ancestor', pushed, 'main')).toBe('');
    expect(repo.github.mainMoves.map((move) => move.to)).not.toContain(car1.sha);
    expect(mergeCheck(repo, b.head)).toMatchObject({ conclusion: 'success' });
    expect(repo.train()).toMatchObject({ queue: [], cars: [] });
  }, 180_000);

  it('a lost check_run delivery does not stall the train: the verify workflow\'s workflow_run.completed, or the scheduled sweep, moves it on', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b'], policy: trainPolicy(1, 4) });
    const [a, b] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number]];
    await repo.verifyPull(a);
    await repo.verifyPull(b);
    const [car1] = repo.stagingBranches();
    repo.lost.add(car1!.sha);
    await repo.ci();
    // The report is on the commit but the App never heard of it: the train waits on car 1.
    expect(repo.verified.map((v) => v.sha)).toEqual([car1!.sha]);
    expect(repo.github.mainMoves).toEqual([]);
    expect(repo.train()!.cars[0]).toMatchObject({ status: 'verifying', sha: car1!.sha });
    // GitHub's other delivery about the same run arrives (twice: a redelivery changes nothing more).
    await repo.workflowRunDone(car1!.branch, car1!.sha);
    await repo.workflowRunDone(car1!.branch, car1!.sha);
    expect(repo.github.mainMoves).toMatchObject([{ to: car1!.sha, merged: [a.number] }]);
    // Car 2's check run delivery is lost too, and so is its workflow run's: the scheduled sweep workflow on main finds the report.
    const [car2] = repo.stagingBranches();
    repo.lost.add(car2!.sha);
    await repo.ci();
    expect(repo.github.mainMoves).toHaveLength(1);
    await repo.workflowRunDone('main', repo.github.sha('main')!, '.github/workflows/shopfloor-sweep.yml');
    expect(repo.github.mainMoves.map((move) => [move.to, move.merged])).toEqual([[car1!.sha, [a.number]], [car2!.sha, [b.number]]]);
    expect(repo.train()).toMatchObject({ queue: [], cars: [] });
  }, 120_000);

  it('a critical work order that becomes ready re-plans the train: it rides ahead of every car not yet proven', async () => {
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c', 'wo-z'], policy: trainPolicy(2, 1), priority: { 'wo-z': 'critical' } });
    const [a, b, c, z] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number]];
    for (const pull of [a, b, c]) await repo.verifyPull(pull);
    expect(repo.train()!.cars.map((car) => car.members)).toEqual([[`pr#${a.number}`], [`pr#${b.number}`]]);
    await repo.verifyPull(z);
    // Both unproven cars were cancelled and rebuilt: the critical PR first, then the oldest.
    expect(repo.train()!.cars.map((car) => car.members)).toEqual([[`pr#${z.number}`], [`pr#${a.number}`]]);
    expect(mergeCheck(repo, z.head)?.output.title).toMatch(/^In the merge train: 1 of 4/);
    await repo.ci();
    expect(repo.github.mainMoves.flatMap((move) => move.merged)).toEqual([z.number, a.number, b.number, c.number]);
    for (const move of repo.github.mainMoves) expect(repo.verified.find((v) => v.sha === move.to)?.passed).toBe(true);
  }, 180_000);

  it('an approval voided (its record deleted) takes the PR out of the train; the rest lands without it', async () => {
    const approvals = 'merge:\n  train:\n    depth: 1\n    batch: 4\n  approvals:\n    - paths: ["src/**"]\n      count: 1\n';
    const repo = await createTrainRepo(api, { ids: ['wo-a', 'wo-b', 'wo-c'], policy: approvals });
    const [a, b, c] = repo.pulls as [typeof repo.pulls[number], typeof repo.pulls[number], typeof repo.pulls[number]];
    for (const pull of repo.pulls) await repo.verifyPull(pull);
    expect(repo.train()).toBeUndefined();
    for (const pull of repo.pulls) await repo.comment(pull, `/shopfloor approve`);
    expect(repo.train()?.queue.map((q) => q.key)).toEqual([`pr#${a.number}`, `pr#${b.number}`, `pr#${c.number}`]);
    await repo.deleteApproval(b);
    expect(repo.train()?.queue.map((q) => q.key)).toEqual([`pr#${a.number}`, `pr#${c.number}`]);
    expect(mergeCheck(repo, b.head)).toMatchObject({ conclusion: 'action_required', output: { summary: expect.stringContaining('need 1 approval(s)') } });
    await repo.ci();
    expect(repo.github.mainMoves.flatMap((move) => move.merged).sort()).toEqual([a.number, c.number].sort());
    expect(repo.github.pulls.find((p) => p.number === b.number)).toMatchObject({ state: 'open' });
    expect(repo.git('ls-tree', '--name-only', 'main', 'src/')).not.toContain('wo-b.js');
  }, 180_000);
});

