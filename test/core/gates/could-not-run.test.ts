import { describe, expect, it } from 'vitest';
import { couldNotRun } from '../../../src/core/gates/could-not-run.ts';

const result = (exitCode: number | undefined, stderr = '', startError?: string) => ({ exitCode, stderr, stdout: '', startError });

describe('couldNotRun', () => {
  it.each([
    ['a command that could not start', result(undefined, '', 'spawn mocha ENOENT'), 'could not start: spawn mocha ENOENT'],
    ['a missing CommonJS module', result(1, "Error: Cannot find module 'safe-buffer'\nRequire stack:"), 'module "safe-buffer" is missing'],
    ['a missing ES module package', result(1, "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'chai' imported from /x/test.js"), 'module "chai" is missing'],
    ['a missing Python module', result(1, "ModuleNotFoundError: No module named 'pytest'"), 'Python module "pytest" is missing'],
    ['bash: no such command', result(127, 'bash: line 1: mocha: command not found'), 'command "mocha" is not found'],
    ['cmd: no such command', result(1, "'mocha' is not recognized as an internal or external command,"), 'command "mocha" is not found'],
    ['exit 126', result(126, ''), 'the command is not executable (exit 126)'],
  ])('%s is "could not run"', (_, facts, expected) => {
    expect(couldNotRun(facts)).toBe(expected);
  });

  it.each([
    ['a pass', result(0)],
    ['a plain assertion failure', result(1, 'AssertionError: expected 3 to equal 4')],
    ['a kill by signal', result(undefined)],
  ])('%s ran', (_, facts) => {
    expect(couldNotRun(facts)).toBeUndefined();
  });
});
