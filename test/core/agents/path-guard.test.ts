import { describe, expect, it } from 'vitest';
import { checkAgentPath, preparePathScope } from '../../../src/core/agents/path-guard.ts';

const posix = preparePathScope({ paths: ['src/**', 'docs/*.md'], forbidden: ['src/secret/**'], flavor: 'posix' });
const windows = preparePathScope({ paths: ['src/**'], forbidden: ['src/secret/**'], flavor: 'windows' });

describe('checkAgentPath', () => {
  it.each([
    ['src/a.ts', 'write', 'src/a.ts'],
    ['./src//b/c.ts', 'write', 'src/b/c.ts'],
    ['docs/readme.md', 'write', 'docs/readme.md'],
    ['package.json', 'read', 'package.json'],
    ['src/console.ts', 'write', 'src/console.ts'],
  ] as const)('allows %s for %s', (input, access, path) => {
    expect(checkAgentPath(input, access, posix)).toEqual({ ok: true, path });
  });

  it.each([
    ['../outside.txt', '".."'],
    ['src/../../etc/passwd', '".."'],
    ['/etc/passwd', 'absolute'],
    ['~/.ssh/id_rsa', 'home'],
    ['C:/Windows/win.ini', 'drive'],
    ['src\\a.ts', 'backslash'],
    ['src/a.txt:hidden', 'alternate data stream'],
    ['src/CON', 'device name'],
    ['src/nul.txt', 'device name'],
    ['src/com1.log', 'device name'],
    ['src/PROGRA~1/x', '8.3 short name'],
    ['src/a.ts.', 'ends with a dot'],
    ['src/a.ts ', 'ends with a dot or space'],
    ['src/a\u0000b', 'control characters'],
    ['', 'empty'],
    ['README.md', 'outside the work order'],
    ['src/secret/key.pem', 'forbidden'],
    ['.git/config', 'git or control-plane'],
    ['src/.git/hooks/pre-commit', 'git or control-plane'],
    ['.github/workflows/ci.yml', 'git or control-plane'],
  ])('refuses writing %s (%s)', (input, reason) => {
    const verdict = checkAgentPath(input, 'write', posix);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });

  it('refuses reading git internals and forbidden files, in any case', () => {
    expect(checkAgentPath('.GIT/config', 'read', posix).ok).toBe(false);
    expect(checkAgentPath('src/secret/a', 'read', posix).ok).toBe(false);
  });

  it.each([
    ['\\\\?\\C:\\w\\repo\\src\\a.ts', 'UNC'],
    ['\\\\localhost\\C$\\x', 'UNC'],
    ['//server/share/x', 'UNC'],
    ['D:\\s', 'drive'],
    ['C:src\\a.ts', 'drive'],
    ['\\Windows\\x', 'absolute'],
    ['src\\..\\..\\s', '".."'],
    ['SRC\\SECRET\\k.pem', 'forbidden'],
    ['src\\AUX.txt', 'device name'],
    ['src\\a.txt::$DATA', 'alternate data stream'],
  ])('windows: refuses %s (%s)', (input, reason) => {
    const verdict = checkAgentPath(input, 'write', windows);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toContain(reason);
  });

  it('windows: folds case and accepts backslashes', () => {
    expect(checkAgentPath('SRC\\Sub\\a.ts', 'write', windows)).toEqual({ ok: true, path: 'SRC/Sub/a.ts' });
  });
});
