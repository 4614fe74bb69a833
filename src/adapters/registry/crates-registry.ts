import type { PackageRegistry } from '../../ports/package-registry.ts';
import { fetchRegistryJson, parsePublishTime } from './fetch-registry-json.ts';
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

/** Publish times from crates.io: `GET /api/v1/crates/<name>/<version>` → `version.created_at`. */
export function createCratesRegistry(options: CratesRegistryOptions = {}): PackageRegistry {
  const baseUrl = (options.baseUrl ?? 'https://crates.io').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const registry: PackageRegistry = {
    publishTime: async (name, version) => {
      const url = `${baseUrl}/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
      const answer = await fetchRegistryJson(doFetch, url, { 'user-agent': options.userAgent ?? defaultCratesUserAgent }, options.timeoutMs ?? 15_000);
      if (!answer.ok) return answer.publish;
      return parsePublishTime((answer.json as { version?: { created_at?: string } } | null)?.version?.created_at, `${name} ${version}`);
    },
  };
  return withPublishTimeCache(registry, options.cacheDir);
}
