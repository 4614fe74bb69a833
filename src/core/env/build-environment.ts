/** Operating systems Shopfloor runs commands on. */
export type Platform = 'linux' | 'windows' | 'macos';

/** Variables every command needs to work at all; none of them carries a credential. */
export const baseEnvironmentNames = [
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TERM', 'TMPDIR', 'TEMP', 'TMP',
  'CI', 'NODE_OPTIONS_SAFE', 'SystemRoot', 'SystemDrive', 'windir', 'ComSpec', 'PATHEXT', 'USERPROFILE', 'APPDATA',
  'LOCALAPPDATA', 'ProgramData', 'ProgramFiles', 'ProgramFiles(x86)', 'CommonProgramFiles', 'NUMBER_OF_PROCESSORS',
  'PROCESSOR_ARCHITECTURE', 'OS', 'HOMEDRIVE', 'HOMEPATH', 'PSModulePath',
] as const;

/** Names that look like credentials are refused even when allowlisted by a wildcard-free mistake. */
const credentialPattern = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH|COOKIE|SESSION)/i;

/** Whether a variable name looks like it holds a credential (its value is then redacted from logs). */
export function isCredentialName(name: string): boolean {
  return credentialPattern.test(name);
}

export interface EnvironmentPlan {
  readonly env: Readonly<Record<string, string>>;
  /** Names present in the source but withheld, for the report (values never leave this function). */
  readonly withheld: readonly string[];
}

/**
 * Builds a child process environment from an allowlist, never by inheriting. Names are compared
 * case-insensitively on Windows, where `github_token` and `GITHUB_TOKEN` are the same variable.
 * A credential-looking name passes only when `allow` names it exactly (case-folded on Windows).
 */
export function buildEnvironment(
  source: Readonly<Record<string, string | undefined>>,
  options: { readonly allow?: readonly string[]; readonly set?: Readonly<Record<string, string>>; readonly platform: Platform },
): EnvironmentPlan {
  const fold = (name: string) => (options.platform === 'windows' ? name.toUpperCase() : name);
  const explicit = new Set((options.allow ?? []).map(fold));
  const base = new Set<string>(baseEnvironmentNames.map(fold));
  const env: Record<string, string> = {};
  const withheld: string[] = [];
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const key = fold(name);
    const allowed = explicit.has(key) || (base.has(key) && !credentialPattern.test(name));
    if (allowed) env[name] = value;
    else withheld.push(name);
  }
  for (const [name, value] of Object.entries(options.set ?? {})) {
    for (const existing of Object.keys(env)) if (fold(existing) === fold(name)) delete env[existing];
    env[name] = value;
  }
  return { env, withheld: withheld.sort() };
}
