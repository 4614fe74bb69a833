/** Finds whether a program a gate starts with exists, before any gate runs. */
export interface CommandLocator {
  /** True when `command` is a path to an existing file (relative to `cwd`) or found on `PATH` of `env`. */
  readonly exists: (command: string, cwd: string, env: Readonly<Record<string, string>>) => Promise<boolean>;
}
