import { describe, expect, it } from 'vitest';
import { windowsTreeKillArgv } from '../../../src/adapters/process/kill-process-tree.ts';
import { createNodeProcessRunner } from '../../../src/adapters/process/node-process-runner.ts';
import { shellArgv, windowsProgramArgv } from '../../../src/adapters/process/shell-argv.ts';

describe('starting programs on Windows', () => {
  it('starts an .exe directly with its argv (Node quotes it for the C runtime)', () => {
    expect(windowsProgramArgv(['git.exe', 'commit', '-m', 'a "quoted" & message'])).toEqual({ ok: true, argv: ['git.exe', 'commit', '-m', 'a "quoted" & message'], verbatim: false });
  });

  it('starts a batch file through cmd.exe with every argument quoted, so & | > ( ) stay text', () => {
    expect(windowsProgramArgv(['C:\\Program Files\\nodejs\\npm.cmd', 'test', '--', 'a & whoami', 'C:\\out dir\\'])).toEqual({
      ok: true,
      argv: ['cmd.exe', '/d', '/v:off', '/s', '/c', '""C:\\Program Files\\nodejs\\npm.cmd" "test" "--" "a & whoami" "C:\\out dir\\\\""'],
      verbatim: true,
    });
  });

  it.each([['%GITHUB_TOKEN%'], ['a"; calc; "'], ['!x!'], ['two\nlines']])('refuses to hand %j to a batch file', (argument) => {
    const result = windowsProgramArgv(['agent.BAT', argument]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^agent\.BAT is a batch file and the argument .* pass it in a file instead$/);
  });

  it('a Windows runner reports the refusal as a start error and starts nothing', async () => {
    const result = await createNodeProcessRunner('windows').run({ argv: ['tool.cmd', '%PATH%'], cwd: '.', env: {} });
    expect(result).toMatchObject({ exitCode: undefined, startError: expect.stringContaining('tool.cmd is a batch file'), stdout: '' });
  });

  it('runs scripts the way Actions does: pwsh without profile and stopping on errors, cmd verbatim', () => {
    expect(shellArgv('pwsh', 'npm test').argv.slice(0, 5)).toEqual(['pwsh', '-NoLogo', '-NoProfile', '-NonInteractive', '-Command']);
    expect(shellArgv('pwsh', 'npm test').argv[5]).toMatch(/^\$ErrorActionPreference = 'stop'; npm test; /);
    expect(shellArgv('cmd', 'npm test')).toEqual({ argv: ['cmd.exe', '/d', '/s', '/c', '"npm test"'], verbatim: true });
  });

  it('kills the whole process tree with taskkill /T /F', () => {
    expect(windowsTreeKillArgv(4242)).toEqual(['taskkill', '/pid', '4242', '/T', '/F']);
  });
});
