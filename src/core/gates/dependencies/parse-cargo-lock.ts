/** A crates.io package of a Cargo.lock. */
export interface LockedCrate {
  readonly name: string;
  readonly version: string;
}

/**
 * The registry packages of a Cargo.lock (`[[package]]` tables with a `registry+` source); git and path
 * packages carry no source or a `git+` one and are left out. An unreadable file locks nothing.
 */
export function parseCargoLock(text: string): LockedCrate[] {
  const crates: LockedCrate[] = [];
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const field = (key: string) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, 'm').exec(block)?.[1];
    const name = field('name');
    const version = field('version');
    if (name && version && field('source')?.startsWith('registry+')) crates.push({ name, version });
  }
  return crates;
}

/** The one locked version of a crate; undefined when none or several (then the manifest entry must pin it). */
export function lockedCrateVersion(crates: readonly LockedCrate[], name: string): string | undefined {
  const versions = [...new Set(crates.filter((c) => c.name === name).map((c) => c.version))];
  return versions.length === 1 ? versions[0] : undefined;
}
