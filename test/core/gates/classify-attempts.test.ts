import { describe, expect, it } from 'vitest';
import { classifyAttempts, shouldRetry, type AttemptOutcome } from '../../../src/core/gates/classify-attempts.ts';

const exit = (code: number): AttemptOutcome => ({ exitCode: code, timedOut: false, aborted: false, startError: undefined, timeoutMs: 5000 });
const timeout: AttemptOutcome = { exitCode: undefined, timedOut: true, aborted: false, startError: undefined, timeoutMs: 5000 };
const missing: AttemptOutcome = { ...exit(0), exitCode: undefined, startError: 'command not found: nope' };

describe('classifyAttempts', () => {
  it.each([
    ['pass first time', [exit(0)], 'pass', undefined],
    ['fail then pass is flaky', [exit(1), exit(0)], 'flaky', 'failed 1 time, then passed'],
    ['two failures then pass', [exit(1), exit(2), exit(0)], 'flaky', 'failed 2 times, then passed'],
    ['all attempts fail', [exit(1), exit(1)], 'fail', 'exit code 1 on all 2 attempts'],
    ['a timeout is an error, not a failure', [timeout], 'error', 'timed out after 5 s; the process tree was killed'],
    ['a command that cannot start is an error', [missing], 'error', 'could not start: command not found: nope'],
    ['nothing ran', [], 'error', 'the gate never ran'],
  ])('%s', (_, attempts, status, reason) => {
    expect(classifyAttempts(attempts)).toEqual(reason ? { status, reason } : { status });
  });

  it('retries plain failures only, within the budget', () => {
    expect(shouldRetry(exit(1), 1, 1)).toBe(true);
    expect(shouldRetry(exit(1), 2, 1)).toBe(false);
    expect(shouldRetry(timeout, 1, 3)).toBe(false);
    expect(shouldRetry(missing, 1, 3)).toBe(false);
    expect(shouldRetry(exit(0), 1, 3)).toBe(false);
  });
});
