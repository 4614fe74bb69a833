/** What a finished command left behind, enough to tell "it ran and failed" from "it never really ran". */
export interface RunFacts {
  readonly exitCode: number | undefined;
  readonly startError?: string | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

const missing: readonly (readonly [RegExp, (name: string) => string])[] = [
  [/Cannot find (?:module|package) '([^']+)'/, (name) => `module "${name}" is missing`],
  [/ModuleNotFoundError: No module named '([^']+)'/, (name) => `Python module "${name}" is missing`],
  [/(?:^|\n)(?:[^\n]*: )?([^\s:]+): (?:command )?not found\b/, (name) => `command "${name}" is not found`],
  [/'([^']+)' is not recognized as an internal or external command/, (name) => `command "${name}" is not found`],
];

/**
 * Why a command could not run at all: it could not start, the shell found no such command (exit 126 or
 * 127), or a module it imports is missing. Undefined when it ran, whatever its exit code. A failure for
 * one of these reasons on both sides of a comparison is no evidence about the code: the check could
 * not run (usually its environment lacks a variable such as NODE_PATH).
 */
export function couldNotRun(facts: RunFacts): string | undefined {
  if (facts.startError !== undefined) return `could not start: ${facts.startError}`;
  if (facts.exitCode === 0 || facts.exitCode === undefined) return undefined;
  const output = `${facts.stderr}\n${facts.stdout}`;
  for (const [pattern, describe] of missing) {
    const match = pattern.exec(output);
    if (match) return describe(match[1]!);
  }
  if (facts.exitCode === 127) return 'the command is not found (exit 127)';
  if (facts.exitCode === 126) return 'the command is not executable (exit 126)';
  return undefined;
}
