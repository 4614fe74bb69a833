import type { DeclaredDependency } from './parse-manifests.ts';

/** A dependency's version resolved for a registry look-up, or why it cannot be. */
export type PinnedVersion =
  | { readonly kind: 'exact'; readonly version: string }
  /** Not a registry package (Cargo `path` / `workspace = true`, npm `file:` / `workspace:` / `link:`): nothing to look up. */
  | { readonly kind: 'local' }
  /** `range`: a version range a resolver reads (not a git source), which `dependencies.ranges: newest` may judge. */
  | { readonly kind: 'unpinned'; readonly reason: string; readonly range?: true };

const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const pep440 = /^(?:\d+!)?\d+(?:\.\d+)*(?:[._-]?(?:a|b|rc|alpha|beta|c|pre|preview)[._-]?\d*)?(?:[._-]?(?:post|rev|r)[._-]?\d*)?(?:[._-]?dev[._-]?\d*)?(?:\+[a-z0-9.]+)?$/i;

/**
 * The exact version a manifest entry installs: the lockfile's version when there is one (`locked`, from
 * package-lock.json or Cargo.lock), else the entry itself when it pins one version (`1.2.3` / `=1.2.3` for
 * npm, `=1.2.3` for Cargo — a bare Cargo `1.2.3` is a caret range — and `==1.2.3` or `===text` for pip). A range is
 * `unpinned` with what to do: checking its lower bound would pass a range that installs last night's release.
 */
export function pinnedVersion(dependency: DeclaredDependency, locked: string | undefined): PinnedVersion {
  const written = dependency.version.trim();
  if (dependency.ecosystem === 'cargo' && /^(path\s*=|workspace\s*=\s*true)/.test(written)) return { kind: 'local' };
  if (dependency.ecosystem === 'npm' && /^(file|link|workspace|portal):/.test(written)) return { kind: 'local' };
  if (dependency.ecosystem === 'cargo' && /^git\s*=/.test(written)) return { kind: 'unpinned', reason: `it comes from git (${written}), not crates.io, so its age cannot be proven; depend on a published version` };
  if (locked) return { kind: 'exact', version: locked };
  switch (dependency.ecosystem) {
    case 'npm': {
      const version = /^=?\s*v?(.+)$/.exec(written)?.[1] ?? '';
      return semver.test(version) ? { kind: 'exact', version } : { kind: 'unpinned', range: true, reason: `"${written}" is a range and no package-lock.json entry resolves it; pin an exact version, commit the lockfile, or (for a library) set dependencies.ranges: newest in the policy` };
    }
    case 'cargo': {
      const version = /^=\s*(.+)$/.exec(written)?.[1]?.trim() ?? '';
      return semver.test(version) ? { kind: 'exact', version } : { kind: 'unpinned', range: true, reason: `"${written}" is a range (Cargo reads "1.2.3" as "^1.2.3") and no Cargo.lock resolves it; commit Cargo.lock, pin with "=x.y.z", or (for a library) set dependencies.ranges: newest in the policy` };
    }
    case 'pypi': {
      // `===` pins the release whose version is this text, PEP 440 or not (`===1.0+local-build`, `===foobar`).
      const arbitrary = /^===\s*([^,\s]+)$/.exec(written)?.[1];
      if (arbitrary) return { kind: 'exact', version: arbitrary };
      const version = /^==\s*([^,\s]+)$/.exec(written)?.[1] ?? '';
      return pep440.test(version) ? { kind: 'exact', version } : { kind: 'unpinned', range: true, reason: `"${written}" is not one exact version; pin it with "==x.y.z" (pip-compile or pip freeze write pinned files), or (for a library) set dependencies.ranges: newest in the policy` };
    }
  }
}
