import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/policy/command-env.ts
function commandEnvNames(policyEnv, own) {
  return [.../* @__PURE__ */ new Set([...policyEnv ?? [], ...own ?? []])];
}

export {
  commandEnvNames
};
