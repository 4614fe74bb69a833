import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/policy/command-env.ts
function commandEnvNames(policyEnv, own) {
  return [.../* @__PURE__ */ new Set([...policyEnv ?? [], ...own ?? []])];
}

// src/core/gates/could-not-run.ts
var missing = [
  [/Cannot find (?:module|package) '([^']+)'/, (name) => `module "${name}" is missing`],
  [/ModuleNotFoundError: No module named '([^']+)'/, (name) => `Python module "${name}" is missing`],
  [/(?:^|\n)(?:[^\n]*: )?([^\s:]+): (?:command )?not found\b/, (name) => `command "${name}" is not found`],
  [/'([^']+)' is not recognized as an internal or external command/, (name) => `command "${name}" is not found`]
];
function couldNotRun(facts) {
  if (facts.startError !== void 0) return `could not start: ${facts.startError}`;
  if (facts.exitCode === 0 || facts.exitCode === void 0) return void 0;
  const output = `${facts.stderr}
${facts.stdout}`;
  for (const [pattern, describe] of missing) {
    const match = pattern.exec(output);
    if (match) return describe(match[1]);
  }
  if (facts.exitCode === 127) return "the command is not found (exit 127)";
  if (facts.exitCode === 126) return "the command is not executable (exit 126)";
  return void 0;
}

export {
  commandEnvNames,
  couldNotRun
};
