import { parseNpmLockfile } from '../../core/gates/dependencies/check-npm-lockfile.ts';
import { lockedCrateVersion, parseCargoLock } from '../../core/gates/dependencies/parse-cargo-lock.ts';
import type { Ecosystem } from '../../ports/package-registry.ts';

/**
 * The lockfile beside a manifest, as a name → installed version look-up: package-lock.json next to a
 * package.json; the nearest Cargo.lock at or above a Cargo.toml (a workspace has one at its root).
 * requirements files have no lockfile; only their `==` pins count.
 */
export async function lockedVersionsFor(manifestPath: string, ecosystem: Ecosystem, read: (path: string) => Promise<string | undefined>): Promise<(name: string) => string | undefined> {
  const dirs = manifestPath.split('/').slice(0, -1);
  if (ecosystem === 'npm') {
    const lock = parseNpmLockfile((await read([...dirs, 'package-lock.json'].join('/'))) ?? '');
    return (name) => lock?.find((p) => p.path === `node_modules/${name}`)?.version;
  }
  if (ecosystem === 'cargo') {
    for (let depth = dirs.length; depth >= 0; depth--) {
      const text = await read([...dirs.slice(0, depth), 'Cargo.lock'].join('/'));
      if (text !== undefined) {
        const crates = parseCargoLock(text);
        return (name) => lockedCrateVersion(crates, name);
      }
    }
  }
  return () => undefined;
}
