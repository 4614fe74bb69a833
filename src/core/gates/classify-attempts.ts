import type { GateStatus } from './gate-spec.ts';

/** One run of a gate's command, reduced to what decides its status. */
export interface AttemptOutcome {
  readonly exitCode: number | undefined;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  readonly startError: string | undefined;
  readonly timeoutMs: number;
}

/**
 * The status after a gate's attempts: `pass` first time, `flaky` when a failure was followed by a pass,
 * `error` when the last attempt timed out, was cancelled or could not start (the gate proved nothing),
 * `fail` otherwise. Retry only after a plain failure: a timeout or a missing command will not heal.
 */
export function classifyAttempts(attempts: readonly AttemptOutcome[]): { status: GateStatus; reason?: string } {
  const last = attempts[attempts.length - 1];
  if (!last) return { status: 'error', reason: 'the gate never ran' };
  if (last.startError) return { status: 'error', reason: `could not start: ${last.startError}` };
  if (last.aborted) return { status: 'error', reason: 'cancelled before it finished' };
  if (last.timedOut) return { status: 'error', reason: `timed out after ${Math.round(last.timeoutMs / 1000)} s; the process tree was killed` };
  if (last.exitCode === 0) {
    return attempts.length === 1 ? { status: 'pass' } : { status: 'flaky', reason: `failed ${attempts.length - 1} time${attempts.length === 2 ? '' : 's'}, then passed` };
  }
  return { status: 'fail', reason: `exit code ${last.exitCode ?? 'none'}${attempts.length > 1 ? ` on all ${attempts.length} attempts` : ''}` };
}

/** Whether another attempt may help. */
export function shouldRetry(attempt: AttemptOutcome, attemptsSoFar: number, retries: number): boolean {
  return attemptsSoFar <= retries && !attempt.timedOut && !attempt.aborted && !attempt.startError && attempt.exitCode !== 0;
}
