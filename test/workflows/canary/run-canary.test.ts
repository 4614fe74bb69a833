import { describe, expect, it } from 'vitest';
import { createJudgedRunner } from '../../../src/adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../../src/adapters/scratch/node-scratch-space.ts';
import { canarySchema } from '../../../src/core/policy/canary-schema.ts';
import { lastGoodRef, readCanaryNotes } from '../../../src/workflows/canary/canary-notes.ts';
import { runCanary } from '../../../src/workflows/canary/run-canary.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';

const env = { PATH: process.env.PATH ?? '' };
const now = () => new Date('2026-11-22T05:00:00Z');
const ports = () => ({ runner: createJudgedRunner(), scratch: createNodeScratchSpace() });

const repoWith = (state: string) => createGitRepo({ 'state.txt': `${state}\n` });

describe('runCanary', () => {
  it('GREEN advances last-good with compare-and-swap and notes the verdict', async () => {
    const { dir, git, head } = await repoWith('fine');
    const policy = canarySchema.parse({ flows: [{ id: 'state', run: 'grep -qx fine state.txt' }] });
    const result = await runCanary({ repoDir: dir, rev: 'HEAD', policy, env, now }, { git, ...ports() });
    expect(result.verdict.verdict).toBe('GREEN');
    expect(result.advanced).toBe(true);
    expect(await git.revParse(dir, lastGoodRef)).toBe(head);
    expect((await readCanaryNotes(git, dir)).map((n) => n.note.verdict)).toEqual(['GREEN']);
  });

  it('is ENVIRONMENT, not RED, when the flow fails on last-known-good too', async () => {
    const { dir, git, head } = await repoWith('fine');
    await git.updateRef(dir, lastGoodRef, head);
    await writeFiles(dir, { 'other.txt': 'x\n' });
    await git.addAll(dir);
    await git.commit(dir, 'unrelated change');
    const policy = canarySchema.parse({ flows: [{ id: 'network', run: 'exit 1' }] });
    const result = await runCanary({ repoDir: dir, rev: 'HEAD', policy, env, now }, { git, ...ports() });
    expect(result.verdict.verdict).toBe('ENVIRONMENT');
    expect(await git.revParse(dir, lastGoodRef)).toBe(head);
  });

  it('is RED with the regressed flow when it passes on last-known-good, and FLAKY never advances last-good', async () => {
    const { dir, git, head } = await repoWith('fine');
    await git.updateRef(dir, lastGoodRef, head);
    await writeFiles(dir, { 'state.txt': 'broken\n' });
    await git.addAll(dir);
    await git.commit(dir, 'break it');
    const policy = canarySchema.parse({ flows: [{ id: 'state', run: 'grep -qx fine state.txt' }] });
    const red = await runCanary({ repoDir: dir, rev: 'HEAD', policy, env, now }, { git, ...ports() });
    expect(red.verdict).toMatchObject({ verdict: 'RED', regressed: ['state'] });
    expect(red.verdict.flows[0]!.fails).toBe(3);

    // Fails the first time only (the marker lives in the work copy, which the reruns share): a flake,
    // which must never advance last-good or be blamed.
    const marker = '.seen';
    const flaky = canarySchema.parse({ flows: [{ id: 'once', run: `if [ -f "${marker}" ]; then exit 0; fi; touch "${marker}"; exit 1` }] });
    const result = await runCanary({ repoDir: dir, rev: 'HEAD', policy: flaky, env, now }, { git, ...ports() });
    expect(result.verdict.verdict).toBe('FLAKY');
    expect(await git.revParse(dir, lastGoodRef)).toBe(head);
  });

  it('reads metrics a flow prints and goes RED past a bound', async () => {
    const { dir, git } = await repoWith('fine');
    const policy = canarySchema.parse({ flows: [{ id: 'latency', run: `echo '{"p99": 900}'`, metrics: [{ name: 'p99', max: 500 }] }] });
    const result = await runCanary({ repoDir: dir, rev: 'HEAD', policy, env, now }, { git, ...ports() });
    expect(result.verdict).toMatchObject({ verdict: 'RED', regressed: ['latency'] });
    expect(result.verdict.reasons[0]).toContain('p99 = 900 is above its max 500');
  });

  it('compares metrics with last-known-good when a flow bounds them relative to it', async () => {
    const { dir, git } = await createGitRepo({ 'p99.json': '{"p99": 100}\n' });
    const policy = canarySchema.parse({ flows: [{ id: 'latency', run: 'cat p99.json', metrics: [{ name: 'p99', maxIncrease: 0.2 }] }] });
    expect((await runCanary({ repoDir: dir, rev: 'HEAD', policy, env, now }, { git, ...ports() })).verdict.verdict).toBe('GREEN');
    await writeFiles(dir, { 'p99.json': '{"p99": 180}\n' });
    await git.addAll(dir);
    await git.commit(dir, 'slower');
    const slower = await runCanary({ repoDir: dir, rev: 'HEAD', policy, env, now }, { git, ...ports() });
    expect(slower.verdict).toMatchObject({ verdict: 'RED', regressed: ['latency'] });
    expect(slower.verdict.reasons[0]).toContain("more than 20% above last-known-good's 100");
  });
});

describe('runCanary environment', () => {
  it('passes only allowlisted variables to a flow', async () => {
    const { dir, git } = await createGitRepo({ 'a.txt': 'x\n' });
    const policy = canarySchema.parse({ flows: [{ id: 'env', run: 'test "$SMOKE_URL" = "http://x" && test -z "$API_TOKEN"', env: ['SMOKE_URL'] }] });
    const result = await runCanary({ repoDir: dir, rev: 'HEAD', policy, env: { ...env, SMOKE_URL: 'http://x', API_TOKEN: 'secret' }, now }, { git, ...ports() });
    expect(result.verdict.verdict).toBe('GREEN');
  });
});
