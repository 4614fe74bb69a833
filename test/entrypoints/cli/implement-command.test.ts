import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { baseFiles } from '../../helpers/implement-fixture.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const transcript = join(import.meta.dirname, '../../fixtures/agents/replay/goodbye.json');
const workOrder = `apiVersion: shopfloor/v1
id: wo-1
title: Add a goodbye function
goal: Add goodbye(name) next to greet in src/greet.ts.
kind: feature
scope:
  paths: ["src/**"]
acceptance:
  commands:
    - name: check
      run: node scripts/check.mjs
`;
const policy = `apiVersion: shopfloor/v1
agents:
  commands: [["node", "scripts/check.mjs"]]
  providers:
    demo: { type: replay }
    external: { type: command, command: ["${process.execPath}", "-e", "require('fs').appendFileSync('src/greet.ts', '// touched by an external agent\\\\n')"] }
  defaultProvider: demo
`;

describe('shopfloor implement', () => {
  it('implements a work order with a replay transcript and prints the result as JSON', async () => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrder, '.github/shopfloor.yml': policy });
    const worktree = join(await makeTempDir('shopfloor-cli-wt-'), 'wt');
    const run = await runShopfloor(['implement', 'wo-1', '--provider', 'replay', '--transcript', transcript, '--json', '--worktree', worktree], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '', GITHUB_TOKEN: 'ghs_CANARYcliToken000000000000000000000' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { terminal: { kind: string }; branch: string; commit: string; changed: string[] };
    expect(result.terminal.kind).toBe('finished');
    expect(result.branch).toMatch(/^agent\/wo-1\/[0-9a-f]{8}$/);
    expect(await repo.git.revParse(repo.dir, result.branch)).toBe(result.commit);
    expect(run.stdout).not.toContain('ghs_CANARY');
    expect((JSON.parse(run.stdout) as { worktree: string }).worktree).toBe(worktree);
  });

  it('runs the policy\'s command provider and prints a human summary with the run document on stderr', async () => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrder, '.github/shopfloor.yml': policy });
    const worktree = join(await makeTempDir('shopfloor-cli-wt-'), 'wt');
    const run = await runShopfloor(['implement', 'wo-1', '--provider', 'command', '--worktree', worktree], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ wo-1: finished');
    expect(run.stdout).toMatch(/committed 1 change\(s\) on agent\/wo-1\//);
    expect(run.stderr).toContain('[conductor] spawn worker implementer: external provider external');
  });

  it.each([
    [['implement', 'nope', '--provider', 'replay', '--transcript', transcript], 'no valid work order "nope"'],
    [['implement', 'wo-1', '--provider', 'magic'], '--provider "magic" is not known'],
    [['implement', 'wo-1', '--provider', 'replay'], 'needs --transcript'],
    [['implement', 'wo-1', '--provider', 'replay', '--transcript', 'missing.json'], 'cannot read the transcript'],
  ])('refuses bad input %j with exit 2', async (args, message) => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrder, '.github/shopfloor.yml': policy });
    const run = await runShopfloor(args, { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
