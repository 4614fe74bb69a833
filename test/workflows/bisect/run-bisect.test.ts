import { describe, expect, it } from 'vitest';
import { createJudgedRunner } from '../../../src/adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../../src/adapters/scratch/node-scratch-space.ts';
import { runBisect } from '../../../src/workflows/bisect/run-bisect.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';

const env = { PATH: process.env.PATH ?? '' };

/** Ten commits; from `breakAt` on, state.txt says "broken"; n.txt numbers them. */
async function linearHistory(breakAt: number) {
  const repo = await createGitRepo({ 'state.txt': 'fine\n' });
  const shas: string[] = [];
  for (let i = 1; i <= 10; i++) {
    await writeFiles(repo.dir, { 'state.txt': i >= breakAt ? 'broken\n' : 'fine\n', 'n.txt': `${i}\n` });
    await repo.git.addAll(repo.dir);
    shas.push(await repo.git.commit(repo.dir, `commit ${i}`));
  }
  return { ...repo, shas };
}

describe('runBisect', () => {
  it('reports a range when a skipped commit sits next to the culprit', async () => {
    const { dir, git, head, shas } = await linearHistory(6);
    const command = 'if grep -q "^5$" n.txt; then exit 125; fi; grep -qx fine state.txt';
    const result = await runBisect({ repoDir: dir, good: head, bad: 'HEAD', command, options: { runners: 2 }, env }, { git, runner: createJudgedRunner(), scratch: createNodeScratchSpace() });
    expect(result.ok && result.plan.kind === 'range' && result.plan.suspects.map((s) => s.sha)).toEqual([shas[4], shas[5]]);
  });

  it('aborts on an exit code above 127, as git bisect run does', async () => {
    const { dir, git, head } = await linearHistory(6);
    const result = await runBisect({ repoDir: dir, good: head, bad: 'HEAD', command: 'exit 200', options: { runners: 1 }, env }, { git, runner: createJudgedRunner(), scratch: createNodeScratchSpace() });
    expect(result).toMatchObject({ ok: false, kind: 'aborted' });
    if (!result.ok) expect(result.message).toContain('exited 200');
  });

  it('leaves no worktree behind', async () => {
    const { dir, git, head, shas } = await linearHistory(3);
    const result = await runBisect({ repoDir: dir, good: head, bad: 'HEAD', command: 'grep -qx fine state.txt', options: { runners: 3 }, env }, { git, runner: createJudgedRunner(), scratch: createNodeScratchSpace() });
    expect(result.ok && result.plan.kind === 'found' && result.plan.culprit.sha).toBe(shas[2]);
    const worktrees = await git.raw(dir, ['worktree', 'list', '--porcelain']);
    expect(worktrees.stdout.match(/^worktree /gm)).toHaveLength(1);
  });
});

describe('runBisect on an untestable bad', () => {
  it('stops with a clear message when bad itself exits 125', async () => {
    const { dir, git, head } = await linearHistory(6);
    const result = await runBisect({ repoDir: dir, good: head, bad: 'HEAD', command: 'exit 125', options: { runners: 1 }, env }, { git, runner: createJudgedRunner(), scratch: createNodeScratchSpace() });
    expect(result).toMatchObject({ ok: false, kind: 'aborted' });
    if (!result.ok) expect(result.message).toContain('cannot be tested');
  });
});

describe('runBisect with --paths', () => {
  it('searches merges touching the named paths first and needs fewer runs', async () => {
    const { dir, git, head, shas } = await linearHistory(7);
    const request = { repoDir: dir, good: head, bad: 'HEAD', command: 'grep -qx fine state.txt', options: { runners: 1 }, env };
    const ports = { git, runner: createJudgedRunner(), scratch: createNodeScratchSpace() };
    const plain = await runBisect(request, ports);
    const hinted = await runBisect({ ...request, suspectPaths: ['state.txt'] }, ports);
    expect(hinted.ok && hinted.plan.kind === 'found' && hinted.plan.culprit.sha).toBe(shas[6]);
    expect(hinted.ok && plain.ok && hinted.plan.runs < plain.plan.runs).toBe(true);
  });
});
