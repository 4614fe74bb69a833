import type { ProbeResult } from './bisect-types.ts';

/** How one run of the user's check ended, before `git bisect run` semantics are applied. */
export interface ExitFacts {
  readonly exitCode: number | undefined;
  readonly timedOut: boolean;
  readonly startError?: string;
}

export type ExitClass = { readonly kind: 'result'; readonly result: ProbeResult } | { readonly kind: 'abort'; readonly reason: string };

/**
 * `git bisect run` semantics: 0 good, 125 skip, 1–127 bad, anything else aborts the search. A timeout
 * counts as bad, as `timeout(1)` exiting 124 would: a hang is a common regression.
 */
export function classifyExit(facts: ExitFacts): ExitClass {
  if (facts.startError !== undefined) return { kind: 'abort', reason: `the command could not start: ${facts.startError}` };
  if (facts.timedOut) return { kind: 'result', result: 'fail' };
  const code = facts.exitCode;
  if (code === undefined) return { kind: 'abort', reason: 'the command was killed by a signal' };
  if (code === 0) return { kind: 'result', result: 'pass' };
  if (code === 125) return { kind: 'result', result: 'skip' };
  if (code >= 1 && code <= 127) return { kind: 'result', result: 'fail' };
  return { kind: 'abort', reason: `the command exited ${code}; like git bisect run, exit codes above 127 abort the search` };
}
