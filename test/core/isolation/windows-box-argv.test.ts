import { describe, expect, it } from 'vitest';
import { splitWindowsCommandLine } from '../../../src/core/env/windows-command-line.ts';
import { boxFailedExitCode, boxFailure, isInsideWindows, windowsBoxArgv, windowsBoxEnvironment } from '../../../src/core/isolation/windows-box-argv.ts';

const scratch = { home: 'C:\\t\\box1\\home', temp: 'C:\\t\\box1\\temp' };
const hostile = ['a b', '"q"', 'x\\', 'x\\"y', '', '%PATH%', 'a&b|c', "'s'", '\\\\srv\\share\\', '\t', 'é€😀'];

describe('windowsBoxArgv', () => {
  it('makes the work copy and scratch writable, hides the hidden paths, and passes the program and one command line', () => {
    const args = windowsBoxArgv({ kind: 'restricted' }, { root: 'C:\\w\\copy', readOnly: ['C:\\r\\.git\\objects'], hide: ['C:\\w\\copy\\.git'] }, scratch, 'C:\\w\\copy\\sub', { argv: ['node', 'a b'], verbatim: false });
    expect(args).toEqual(['--mode', 'restricted', '--write', 'C:\\w\\copy', '--write', scratch.home, '--write', scratch.temp, '--read', 'C:\\r\\.git\\objects', '--hide', 'C:\\w\\copy\\.git', '--cwd', 'C:\\w\\copy\\sub', '--', 'node', 'node "a b"']);
  });

  it('names the sealed account file in account mode, and labels nothing in job-only mode', () => {
    const box = { root: 'C:\\w', hide: ['C:\\w\\.git'] };
    expect(windowsBoxArgv({ kind: 'account', accountFile: 'C:\\r\\box.sealed' }, box, scratch, 'C:\\w', { argv: ['git'], verbatim: false }).slice(0, 4)).toEqual(['--mode', 'account', '--account-file', 'C:\\r\\box.sealed']);
    expect(windowsBoxArgv({ kind: 'job' }, box, scratch, 'C:\\w', { argv: ['git', 'status'], verbatim: false })).toEqual(['--mode', 'job', '--cwd', 'C:\\w', '--', 'git', 'git status']);
  });

  it('quotes every argument so the C runtime reads back exactly what was asked', () => {
    const args = windowsBoxArgv({ kind: 'job' }, { root: 'C:\\w' }, scratch, 'C:\\w', { argv: ['C:\\Program Files\\nodejs\\node.exe', ...hostile], verbatim: false });
    expect(splitWindowsCommandLine(args.at(-1)!)).toEqual(['C:\\Program Files\\nodejs\\node.exe', ...hostile]);
  });

  it('passes a cmd.exe line as it is (it was quoted for cmd.exe already)', () => {
    const args = windowsBoxArgv({ kind: 'job' }, { root: 'C:\\w' }, scratch, 'C:\\w', { argv: ['cmd.exe', '/d', '/s', '/c', '"echo "a b""'], verbatim: true });
    expect(args.slice(-2)).toEqual(['cmd.exe', 'cmd.exe /d /s /c "echo "a b""']);
  });
});

describe('windowsBoxEnvironment', () => {
  it('keeps what was given and points home, profile and temp at the box, whatever their case', () => {
    expect(windowsBoxEnvironment({ Path: 'C:\\bin', SystemRoot: 'C:\\Windows', userprofile: 'C:\\Users\\runner', Temp: 'C:\\Users\\runner\\AppData\\Local\\Temp' }, scratch)).toEqual({
      Path: 'C:\\bin', SystemRoot: 'C:\\Windows',
      HOME: scratch.home, USERPROFILE: scratch.home, APPDATA: `${scratch.home}\\AppData\\Roaming`, LOCALAPPDATA: `${scratch.home}\\AppData\\Local`, TEMP: scratch.temp, TMP: scratch.temp,
    });
  });
});

describe('isInsideWindows', () => {
  it.each([
    ['C:\\w', 'C:\\w', true], ['C:\\w', 'c:\\W\\a', true], ['C:\\w\\', 'C:/w/a', true], ['C:\\w', 'C:\\wx', false], ['C:\\w\\a', 'C:\\w', false], ['C:\\w', 'D:\\w', false],
  ] as const)('isInsideWindows(%s, %s) is %s', (root, path, inside) => {
    expect(isInsideWindows(root, path)).toBe(inside);
  });
});

describe('boxFailure', () => {
  it("reads the launcher's refusal only with its exit code", () => {
    expect(boxFailure(boxFailedExitCode, 'shopfloor-box: cannot lower the token to Low integrity\r\n')).toBe('cannot lower the token to Low integrity');
    expect(boxFailure(1, 'shopfloor-box: cannot lower the token to Low integrity\n')).toBeUndefined();
    expect(boxFailure(boxFailedExitCode, 'the command itself exited 23308\n')).toBeUndefined();
  });
});
