import { rm } from 'node:fs/promises';
import { join } from 'node:path';
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

describe('runBisect when a module is missing', () => {
  const ports = async () => ({ runner: createJudgedRunner(), scratch: createNodeScratchSpace() });
  const node = JSON.stringify(process.execPath);

  it('stops as "the check could not run" when the module is missing on the good commit too, and blames nothing', async () => {
    const { dir, git, head } = await linearHistory(6);
    // The check needs a module only its environment provides (NODE_PATH), and bisect was not given it.
    const command = `${node} -e "require('safe-buffer')" && grep -qx fine state.txt`;
    const result = await runBisect({ repoDir: dir, good: head, bad: 'HEAD', command, options: { runners: 2 }, env }, { git, ...(await ports()) });
    expect(result).toMatchObject({ ok: false, kind: 'cannot-run' });
    if (!result.ok) expect(result.message).toMatch(/^the check could not run: module "safe-buffer" is missing on [0-9a-f]{12} and on the --good commit [0-9a-f]{12}; give it its environment/);
  });

  it('takes a module missing only after the culprit as evidence (the culprit removed it)', async () => {
    const repo = await createGitRepo({ 'lib/dep.js': 'module.exports = 1;\n', 'n.txt': '0\n' });
    const shas: string[] = [];
    for (let i = 1; i <= 8; i++) {
      await writeFiles(repo.dir, { 'n.txt': `${i}\n` });
      if (i === 5) await rm(join(repo.dir, 'lib/dep.js'));
      await repo.git.addAll(repo.dir);
      shas.push(await repo.git.commit(repo.dir, `commit ${i}`));
    }
    const command = `${node} -e "require('./lib/dep.js')"`;
    const result = await runBisect({ repoDir: repo.dir, good: repo.head, bad: 'HEAD', command, options: { runners: 2 }, env }, { git: repo.git, ...(await ports()) });
    expect(result.ok && result.plan.kind === 'found' && result.plan.culprit.sha).toBe(shas[4]);
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
