import type { PackageRegistry } from '../../ports/package-registry.ts';
import { fetchRegistryJson, parsePublishTime } from './fetch-registry-json.ts';
import { withPublishTimeCache } from './publish-time-cache.ts';

export interface PypiRegistryOptions {
  readonly baseUrl?: string;
  /** Directory for publish times across runs (see `withPublishTimeCache`). */
  readonly cacheDir?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

interface ReleaseJson {
  readonly urls?: readonly { readonly upload_time_iso_8601?: string }[];
}

/**
 * Publish times from PyPI's JSON API: `GET /pypi/<name>/<version>/json` → the earliest
 * `urls[].upload_time_iso_8601` (a release's files can be uploaded over time; the first upload is when it
 * became installable). A release without files cannot be installed and counts as not found.
 */
export function createPypiRegistry(options: PypiRegistryOptions = {}): PackageRegistry {
  const baseUrl = (options.baseUrl ?? 'https://pypi.org').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const registry: PackageRegistry = {
    publishTime: async (name, version) => {
      const url = `${baseUrl}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
      const answer = await fetchRegistryJson(doFetch, url, {}, options.timeoutMs ?? 15_000);
      if (!answer.ok) return answer.publish;
      const times = ((answer.json as ReleaseJson | null)?.urls ?? []).map((file) => file.upload_time_iso_8601);
      if (times.length === 0) return { kind: 'not-found' };
      const parsed = times.map((time) => parsePublishTime(time, `${name} ${version}`));
      const unreadable = parsed.find((p) => p.kind !== 'published');
      if (unreadable) return unreadable;
      return { kind: 'published', at: Math.min(...parsed.map((p) => (p.kind === 'published' ? p.at : Infinity))) };
    },
  };
  return withPublishTimeCache(registry, options.cacheDir);
}
