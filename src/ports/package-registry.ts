import type { PublishTime } from '../core/gates/dependencies/judge-dependency.ts';
import type { DeclaredDependency } from '../core/gates/dependencies/parse-manifests.ts';

export type Ecosystem = DeclaredDependency['ecosystem'];

/** When a version of a package was published; an unreachable registry is data (`unreachable`), not a throw. */
export interface PackageRegistry {
  readonly publishTime: (name: string, version: string) => Promise<PublishTime>;
}

/** One registry per ecosystem the dependencies gate reads (npm, crates.io, PyPI). */
export type PackageRegistries = Readonly<Record<Ecosystem, PackageRegistry>>;
