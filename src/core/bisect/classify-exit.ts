import type { ProbeResult } from './bisect-types.ts';

/** How one run of the user's check ended, before `git bisect run` semantics are applied. */
export interface ExitFacts {
  readonly exitCode: number | undefined;
  readonly timedOut: boolean;
  readonly startError?: string;
}

/** `cannotRun`: the check itself could not run (not found, not executable), so the run is no evidence. */
export type ExitClass = { readonly kind: 'result'; readonly result: ProbeResult } | { readonly kind: 'abort'; readonly reason: string; readonly cannotRun?: boolean };

/**
 * `git bisect run` semantics: 0 good, 125 skip, 1–124 bad, anything else aborts the search. 126 (not
 * executable) and 127 (not found) mean the check could not run at all, so they stop the search as a
 * missing script stops `git bisect run`, instead of blaming a commit. A timeout counts as bad, as
 * `timeout(1)` exiting 124 would: a hang is a common regression.
 */
export function classifyExit(facts: ExitFacts): ExitClass {
  if (facts.startError !== undefined) return { kind: 'abort', reason: `the check could not run: ${facts.startError}`, cannotRun: true };
  if (facts.timedOut) return { kind: 'result', result: 'fail' };
  const code = facts.exitCode;
  if (code === undefined) return { kind: 'abort', reason: 'the command was killed by a signal' };
  if (code === 0) return { kind: 'result', result: 'pass' };
  if (code === 125) return { kind: 'result', result: 'skip' };
  if (code === 126 || code === 127) return { kind: 'abort', reason: `the check could not run (exit ${code}: ${code === 127 ? 'command or file not found' : 'not executable'}); fix the command or its path, then bisect again`, cannotRun: true };
  if (code >= 1 && code <= 124) return { kind: 'result', result: 'fail' };
  return { kind: 'abort', reason: `the command exited ${code}; like git bisect run, exit codes above 127 abort the search` };
}
