import { buildEnvironment, type EnvironmentPlan, type Platform } from '../env/build-environment.ts';

/**
 * Names an agent process never receives, even when the policy allowlists them: forge and runner
 * credentials. Matched case-insensitively (Windows) and as prefixes where a family exists.
 */
const neverForAgents = [/^GITHUB_TOKEN$/i, /^GH_TOKEN$/i, /^GH_ENTERPRISE_TOKEN$/i, /^GITHUB_APP_/i, /^SHOPFLOOR_APP_/i, /^SHOPFLOOR_PRIVATE_KEY$/i, /^PRIVATE_KEY$/i, /^ACTIONS_/i, /^RUNNER_TOKEN$/i, /^GIT_ASKPASS$/i, /^SSH_AUTH_SOCK$/i, /^GIT_CONFIG_/i, /^NPM_TOKEN$/i, /^NODE_AUTH_TOKEN$/i, /^WEBHOOK_SECRET$/i];

/**
 * The environment an agent's processes get: the base allowlist plus `agents.env`, minus forge and runner
 * credentials and minus every provider key except `ownKeyEnv` (the command provider's own CLI may need it).
 */
export function planAgentEnvironment(
  source: Readonly<Record<string, string | undefined>>,
  options: { readonly allow?: readonly string[]; readonly providerKeyEnvs?: readonly string[]; readonly ownKeyEnv?: string; readonly platform: Platform; readonly set?: Readonly<Record<string, string>> },
): EnvironmentPlan {
  const fold = (name: string) => name.toUpperCase();
  const own = options.ownKeyEnv ? fold(options.ownKeyEnv) : undefined;
  const otherKeys = new Set((options.providerKeyEnvs ?? []).map(fold).filter((name) => name !== own));
  const allow = [...(options.allow ?? []), ...(options.ownKeyEnv ? [options.ownKeyEnv] : [])];
  const plan = buildEnvironment(source, { allow, platform: options.platform, ...(options.set ? { set: options.set } : {}) });
  const env: Record<string, string> = {};
  const withheld = [...plan.withheld];
  for (const [name, value] of Object.entries(plan.env)) {
    const denied = neverForAgents.some((pattern) => pattern.test(name)) || otherKeys.has(fold(name));
    if (denied && !(options.set && name in options.set)) withheld.push(name);
    else env[name] = value;
  }
  return { env, withheld: withheld.sort() };
}

/** Values in the source that look like credentials: what the redactor must scrub wherever they appear. */
export function secretValues(source: Readonly<Record<string, string | undefined>>, extraNames: readonly string[] = []): string[] {
  const credential = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH|COOKIE|SESSION)/i;
  const extra = new Set(extraNames.map((name) => name.toUpperCase()));
  return Object.entries(source)
    .filter(([name, value]) => value !== undefined && value.length >= 8 && (credential.test(name) || extra.has(name.toUpperCase()) || neverForAgents.some((pattern) => pattern.test(name))))
    .map(([, value]) => value as string);
}
