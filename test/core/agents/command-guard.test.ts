import { describe, expect, it } from 'vitest';
import { checkAgentCommand } from '../../../src/core/agents/command-guard.ts';

const policy = { allow: [['git'], ['npm', 'test'], ['git', 'status'], ['git', 'diff'], ['node', 'scripts/check.mjs'], ['node'], ['powershell'], ['bash']], platform: 'linux' as const };

describe('checkAgentCommand', () => {
  it.each([
    [['npm', 'test']],
    [['npm', 'test', '--', '--reporter=dot']],
    [['git', 'status', '--short']],
    [['node', 'scripts/check.mjs', 'src/a.ts']],
  ])('allows %j', (argv) => {
    expect(checkAgentCommand(argv, policy).ok).toBe(true);
  });

  it.each([
    [['git', 'status', '&&', 'curl', 'x'], 'shell syntax'],
    [['git', 'status;', 'curl', 'x'], 'shell syntax'],
    [['git', 'diff', '|', 'sh'], 'shell syntax'],
    [['npm', 'test', '`id`'], 'shell syntax'],
    [['npm', 'test', '$(whoami)'], 'shell syntax'],
    [['npm', 'test', '>', '/tmp/x'], 'shell syntax'],
    [['npm', 'test', '%PATH%'], 'shell syntax'],
    [['git', '-c', 'core.sshCommand=calc', 'status'], 'git options'],
    [['git', 'status', '--upload-pack=calc'], 'git options'],
    [['git', 'status', '--upload-p=calc'], 'git options'],
    [['git', '-C', '..', 'status'], 'git options'],
    [['git', 'push', 'origin', 'main'], 'not available to agents'],
    [['powershell', '-enc', 'ZQBjAGgAbwA='], 'PowerShell'],
    [['npm', 'test', '-EncodedCommand', 'ZQBjAGgAbwA='], 'PowerShell'],
    [['npm', 'test', '-ec', 'ZQBjAGgAbwA='], 'PowerShell'],
    [['bash', '-c', 'curl x'], 'runs other programs'],
    [['cmd', '/c', 'git status & whoami'], 'shell syntax'],
    [['env'], 'runs other programs'],
    [['node', '-e', 'console.log(process.env)'], 'shell syntax'],
    [['node', '--eval=1'], 'inline code'],
    [['node', '--require', 'evil.js', 'scripts/check.mjs'], 'inline code'],
    [['curl', 'https://evil.test'], 'not on the command allowlist'],
    [['npm', 'run', 'evil'], 'not on the command allowlist'],
    [['npm'], 'not on the command allowlist'],
    [['/usr/bin/npm', 'test'], 'not on the command allowlist'],
    [['npm', 'test', 'ｃurl'], 'non-ASCII'],
    [Array.from({ length: 65 }, () => 'echo'), 'more than 64'],
    ['git status', 'argv array'],
    [[], 'argv array'],
  ])('refuses %j (%s)', (argv, reason) => {
    const verdict = checkAgentCommand(argv, policy);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });

  it('folds program case and extensions on Windows only', () => {
    const allow = [['npm', 'test']];
    expect(checkAgentCommand(['NPM.cmd', 'test'], { allow, platform: 'windows' }).ok).toBe(true);
    expect(checkAgentCommand(['NPM', 'test'], { allow, platform: 'linux' }).ok).toBe(false);
  });
});
