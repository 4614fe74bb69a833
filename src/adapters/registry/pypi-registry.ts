import type { PackageRegistry } from '../../ports/package-registry.ts';
import { fetchRegistryJson, listReleases, parsePublishTime, unlisted } from './fetch-registry-json.ts';
import type { PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';
import { withPublishTimeCache } from './publish-time-cache.ts';

export interface PypiRegistryOptions {
  readonly baseUrl?: string;
  /** Directory for publish times across runs (see `withPublishTimeCache`). */
  readonly cacheDir?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

interface FileJson {
  readonly upload_time_iso_8601?: string;
  readonly yanked?: boolean;
}

interface ReleaseJson {
  readonly urls?: readonly FileJson[];
}

/** A release's publish time: its first file upload (a release's files can be uploaded over time). */
function firstUpload(files: readonly FileJson[], what: string): PublishTime {
  if (files.length === 0) return { kind: 'not-found' };
  const parsed = files.map((file) => parsePublishTime(file.upload_time_iso_8601, what));
  const unreadable = parsed.find((p) => p.kind !== 'published');
  if (unreadable) return unreadable;
  return { kind: 'published', at: Math.min(...parsed.map((p) => (p.kind === 'published' ? p.at : Infinity))) };
}

/**
 * Publish times from PyPI's JSON API: `GET /pypi/<name>/<version>/json` → the earliest
 * `urls[].upload_time_iso_8601` (a release's files can be uploaded over time; the first upload is when it
 * became installable). A release without files cannot be installed and counts as not found. The version
 * list comes from `GET /pypi/<name>/json` (`releases`).
 */
export function createPypiRegistry(options: PypiRegistryOptions = {}): PackageRegistry {
  const baseUrl = (options.baseUrl ?? 'https://pypi.org').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const get = (path: string) => fetchRegistryJson(doFetch, `${baseUrl}/pypi/${path}/json`, {}, options.timeoutMs ?? 15_000);
  const registry: PackageRegistry = {
    publishTime: async (name, version) => {
      const answer = await get(`${encodeURIComponent(name)}/${encodeURIComponent(version)}`);
      return answer.ok ? firstUpload((answer.json as ReleaseJson | null)?.urls ?? [], `${name} ${version}`) : answer.publish;
    },
    // `releases` maps each version to its files; one without files cannot be installed, one whose every file is yanked is yanked.
    releases: async (name) => {
      const answer = await get(encodeURIComponent(name));
      if (!answer.ok) return unlisted(answer.publish);
      const releases = Object.entries((answer.json as { releases?: Record<string, readonly FileJson[]> } | null)?.releases ?? {}).filter(([, files]) => files.length > 0);
      return listReleases(releases.map(([version, files]) => ({ version, time: firstUpload(files, `${name} ${version}`), ...(files.every((f) => f.yanked) ? { yanked: true } : {}) })));
    },
  };
  return withPublishTimeCache(registry, options.cacheDir);
}
