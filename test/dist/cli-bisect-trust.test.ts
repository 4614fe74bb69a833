import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createGitRepo, writeFiles } from '../helpers/git-repo.ts';

/** Three --no-ff merges on main; the second breaks `check.sh` (exit 1 when src/v.txt says "broken"). */
async function history(policy?: string): Promise<{ dir: string; good: string; merges: string[] }> {
  const { dir, git, head } = await createGitRepo({ 'src/v.txt': 'fine\n', 'check.sh': 'grep -q fine src/v.txt\n', '.gitignore': '.shopfloor/\n', ...(policy ? { '.github/shopfloor.yml': policy } : {}) });
  const merges: string[] = [];
  for (const n of [1, 2, 3]) {
    await git.createBranch(dir, `agent/wo-${n}`, 'main');
    await git.checkout(dir, `agent/wo-${n}`);
    await writeFiles(dir, n === 2 ? { 'src/v.txt': 'broken\n' } : { [`src/f${n}.txt`]: `${n}\n` });
    await git.addAll(dir);
    await git.commit(dir, `wo-${n}`);
    await git.checkout(dir, 'main');
    const merged = await git.merge(dir, `agent/wo-${n}`, `Merge wo-${n}`, { noFastForward: true });
    if (!merged.ok) throw new Error(merged.message);
    merges.push(merged.sha);
  }
  return { dir, good: head, merges };
}

describe('dist/cli.js bisect: culprit finding checks what it used to trust', () => {
  it('stops with exit 2 when the check cannot run (missing file, exit 127), blaming nothing', async () => {
    const { dir, good } = await history();
    const result = await runBuiltCli(['bisect', '--good', good, '--run', './no-such-check.sh'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('the check could not run (exit 127');
    expect(result.stdout).not.toContain('culprit:');
    const json = await runBuiltCli(['bisect', '--good', good, '--run', './no-such-check.sh', '--json'], { cwd: dir });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, kind: 'cannot-run' });
  });

  it('runs --good before blaming the first merge: a check failing everywhere blames nothing', async () => {
    const { dir, good } = await history();
    const result = await runBuiltCli(['bisect', '--good', good, '--run', 'exit 1'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('confirm-good');
    expect(result.stdout).toContain('no culprit: the check fails on --good');
    expect(result.stdout).not.toContain('next: shopfloor revert');
  });

  it('names the culprit with its parent seen passing, and without confidence 1 for unconfirmed runs', async () => {
    const { dir, merges } = await history();
    const result = await runBuiltCli(['bisect', '--good', merges[0]!, '--run', 'sh check.sh'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`culprit: ${merges[1]!.slice(0, 12)} Merge wo-2`);
    expect(result.stdout).toContain('its parent is --good, which passed 1× when run to confirm it');
    expect(result.stdout).not.toMatch(/confidence 1\.0000/);
  });

  it('defaults the flake rate to what the canary measured, and says so', async () => {
    const { dir, merges } = await history('apiVersion: shopfloor/v1\ncanary:\n  flakeRate: 0.1\n  flows:\n    - id: check\n      run: sh check.sh\n');
    const note = JSON.stringify({ verdict: 'GREEN', at: '2026-01-01T00:00:00Z', flows: [{ id: 'check', passes: 20, fails: 10 }] });
    execFileSync('git', ['notes', '--ref', 'refs/notes/shopfloor-canary', 'add', '-m', note, merges[0]!], { cwd: dir });
    const result = await runBuiltCli(['bisect', '--good', merges[0]!, '--run', 'sh check.sh'], { cwd: dir });
    expect(result.stdout).toMatch(/^flake rate 0\.24 measured by the canary's reruns of flow "check"/);
    expect(result.stdout).toContain('flake rate 0.24');
    expect(result.code).toBe(0);
  });

  it('prints errors as JSON under --json with the same exit code', async () => {
    const { dir } = await history();
    const result = await runBuiltCli(['bisect', '--good', 'no-such-rev', '--run', 'true', '--json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, error: { kind: 'usage', message: expect.stringContaining('--good "no-such-rev" is not a commit') } });
    expect(join(dir)).toBe(dir);
  });
});
