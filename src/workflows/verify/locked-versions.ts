import { parseNpmLockfile } from '../../core/gates/dependencies/check-npm-lockfile.ts';
import { lockedCrateVersion, parseCargoLock } from '../../core/gates/dependencies/parse-cargo-lock.ts';
import type { Ecosystem } from '../../ports/package-registry.ts';

/**
 * The lockfile of a manifest, as a name → installed version look-up: the nearest package-lock.json or
 * Cargo.lock at or above it (a workspace has one at its root).
 * requirements files have no lockfile; only their `==` pins count.
 */
export async function lockedVersionsFor(manifestPath: string, ecosystem: Ecosystem, read: (path: string) => Promise<string | undefined>): Promise<(name: string) => string | undefined> {
  const dirs = manifestPath.split('/').slice(0, -1);
  const nearest = async (lockName: string) => {
    for (let depth = dirs.length; depth >= 0; depth--) {
      const text = await read([...dirs.slice(0, depth), lockName].join('/'));
      if (text !== undefined) return { text, below: dirs.slice(depth).join('/') };
    }
    return undefined;
  };
  if (ecosystem === 'npm') {
    const found = await nearest('package-lock.json');
    const lock = found ? parseNpmLockfile(found.text) : undefined;
    // A workspace package's dependency sits under its own node_modules when it differs from the root's.
    return (name) => (found?.below ? lock?.find((p) => p.path === `${found.below}/node_modules/${name}`)?.version : undefined) ?? lock?.find((p) => p.path === `node_modules/${name}`)?.version;
  }
  if (ecosystem === 'cargo') {
    const found = await nearest('Cargo.lock');
    const crates = found ? parseCargoLock(found.text) : [];
    return (name) => lockedCrateVersion(crates, name);
  }
  return () => undefined;
}
