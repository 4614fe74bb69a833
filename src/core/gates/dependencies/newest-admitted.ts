import semver from 'semver';
import type { DeclaredDependency } from './parse-manifests.ts';
import { admittedPep440, comparePep440, parsePep440 } from './pep440.ts';

/** One published version: when it became installable, and whether it was withdrawn (yanked). */
export interface Release {
  readonly version: string;
  readonly at: number;
  readonly yanked?: boolean;
}

export type NewestAdmitted =
  | { readonly kind: 'found'; readonly release: Release }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Cargo's requirement syntax in node-semver's: comma-separated comparators (AND) become space-separated,
 * a bare version is a caret requirement (`1.2` means `^1.2`) and `=1.2.3` is exact. Both read `^` and
 * `~` alike (`^0.2.3` is `>=0.2.3 <0.3.0`).
 */
function cargoToNodeRange(requirement: string): string {
  return requirement
    .split(',')
    .map((part) => part.trim())
    .map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/^=\s*/, '')))
    .join(' ');
}

/**
 * The newest release a range admits today, as the ecosystem's resolver reads the range: node-semver for
 * npm (pre-releases only when the range names one), Cargo's requirements, PEP 440 specifiers for PyPI.
 * Yanked releases are left out (a resolver does not pick them for a new lock). `unreadable` when the
 * written version is not a range of that ecosystem (a git URL, a dist-tag): nothing can be judged.
 */
export function newestAdmitted(dependency: Pick<DeclaredDependency, 'ecosystem' | 'version'>, releases: readonly Release[]): NewestAdmitted {
  const live = releases.filter((r) => !r.yanked);
  const written = dependency.version.trim();
  if (dependency.ecosystem === 'pypi') {
    const admitted = admittedPep440(written, live.map((r) => r.version));
    if (!admitted) return { kind: 'unreadable', reason: `"${written}" is not a PEP 440 version specifier` };
    // A release `===` admits need not be PEP 440 (`===foobar`); it is then the only one admitted, so it sorts as it is.
    const newest = admitted.sort((a, b) => {
      const [older, newer] = [parsePep440(a), parsePep440(b)];
      return older && newer ? comparePep440(newer, older) : 0;
    })[0];
    return newest === undefined ? { kind: 'none' } : { kind: 'found', release: live.find((r) => r.version === newest)! };
  }
  const range = dependency.ecosystem === 'cargo' ? cargoToNodeRange(written) : written;
  if (semver.validRange(range) === null) return { kind: 'unreadable', reason: `"${written}" is not a ${dependency.ecosystem === 'cargo' ? 'Cargo version requirement' : 'semver range'}` };
  const newest = semver.maxSatisfying(live.map((r) => r.version).filter((v) => semver.valid(v) !== null), range);
  return newest === null ? { kind: 'none' } : { kind: 'found', release: live.find((r) => r.version === newest)! };
}
