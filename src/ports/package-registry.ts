import type { PublishTime } from '../core/gates/dependencies/judge-dependency.ts';
import type { DeclaredDependency } from '../core/gates/dependencies/parse-manifests.ts';
import type { Release } from '../core/gates/dependencies/newest-admitted.ts';

export type { Release };

export type Ecosystem = DeclaredDependency['ecosystem'];

/** Every version a registry lists for a package, or why there is no list. */
export type ReleaseList = { readonly kind: 'listed'; readonly releases: readonly Release[] } | { readonly kind: 'not-found' } | { readonly kind: 'unreachable'; readonly reason: string };

/** When a version of a package was published; an unreachable registry is data (`unreachable`), not a throw. */
export interface PackageRegistry {
  readonly publishTime: (name: string, version: string) => Promise<PublishTime>;
  /** Every published version with its publish time (for judging a range by the newest version it admits). */
  readonly releases: (name: string) => Promise<ReleaseList>;
}

/** One registry per ecosystem the dependencies gate reads (npm, crates.io, PyPI). */
export type PackageRegistries = Readonly<Record<Ecosystem, PackageRegistry>>;
