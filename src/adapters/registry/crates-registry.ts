import type { PackageRegistry } from '../../ports/package-registry.ts';
import { fetchRegistryJson, listReleases, parsePublishTime, unlisted } from './fetch-registry-json.ts';
import { withPublishTimeCache } from './publish-time-cache.ts';

export interface CratesRegistryOptions {
  readonly baseUrl?: string;
  /** Directory for publish times across runs (see `withPublishTimeCache`). */
  readonly cacheDir?: string;
  /** crates.io refuses requests without a User-Agent that names the client. */
  readonly userAgent?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

export const defaultCratesUserAgent = 'shopfloor-dependencies-gate (https://github.com/shopfloor)';

interface CrateVersionJson {
  readonly num?: string;
  readonly created_at?: string;
  readonly yanked?: boolean;
}

/**
 * Publish times from crates.io: `GET /api/v1/crates/<name>/<version>` → `version.created_at`; the version
 * list from `GET /api/v1/crates/<name>/versions` (every version when no `per_page` is asked), yanked ones marked.
 */
export function createCratesRegistry(options: CratesRegistryOptions = {}): PackageRegistry {
  const baseUrl = (options.baseUrl ?? 'https://crates.io').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const get = (path: string) => fetchRegistryJson(doFetch, `${baseUrl}/api/v1/crates/${path}`, { 'user-agent': options.userAgent ?? defaultCratesUserAgent }, options.timeoutMs ?? 15_000);
  const registry: PackageRegistry = {
    publishTime: async (name, version) => {
      const answer = await get(`${encodeURIComponent(name)}/${encodeURIComponent(version)}`);
      if (!answer.ok) return answer.publish;
      return parsePublishTime((answer.json as { version?: { created_at?: string } } | null)?.version?.created_at, `${name} ${version}`);
    },
    releases: async (name) => {
      const answer = await get(`${encodeURIComponent(name)}/versions`);
      if (!answer.ok) return unlisted(answer.publish);
      const versions = (answer.json as { versions?: readonly CrateVersionJson[] } | null)?.versions ?? [];
      return listReleases(versions.map((v) => ({ version: String(v.num), time: parsePublishTime(v.created_at, `${name} ${String(v.num)}`), ...(v.yanked ? { yanked: true } : {}) })));
    },
  };
  return withPublishTimeCache(registry, options.cacheDir);
}
