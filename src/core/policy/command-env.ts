/**
 * The variable names one command on the project's code sees beyond the base allowlist: the policy's
 * top-level `env` (every gate, acceptance command, test-first probe, canary build and flow, bisect probe)
 * plus the command's own `env`. The one place this is decided, so every command gets it the same way.
 */
export function commandEnvNames(policyEnv: readonly string[] | undefined, own: readonly string[] | undefined): readonly string[] {
  return [...new Set([...(policyEnv ?? []), ...(own ?? [])])];
}
