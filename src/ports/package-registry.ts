import type { PublishTime } from '../core/gates/dependencies/judge-dependency.ts';

/** When a package version was published; an unreachable registry is data (`unreachable`), not a throw. */
export interface PackageRegistry {
  readonly publishTime: (ecosystem: 'npm' | 'cargo' | 'pypi', name: string, version: string) => Promise<PublishTime>;
}
