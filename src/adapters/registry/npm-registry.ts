import type { PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';
import type { PackageRegistry } from '../../ports/package-registry.ts';
import { fetchRegistryJson, listReleases, parsePublishTime, unlisted } from './fetch-registry-json.ts';
import { withPublishTimeCache } from './publish-time-cache.ts';

export interface NpmRegistryOptions {
  readonly baseUrl?: string;
  /** Directory for publish times across runs; a version's publish time never changes, so a hit needs no network. */
  readonly cacheDir?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

type Packument = { readonly ok: true; readonly time: Readonly<Record<string, string>>; readonly versions: readonly string[] } | { readonly ok: false; readonly publish: PublishTime };

/**
 * Publish times and version lists from the npm registry's packument (`time` and `versions`), fetched
 * once per package per process.
 * Any network failure or non-404 error status is `unreachable`, which the gate turns into `error`.
 */
export function createNpmRegistry(options: NpmRegistryOptions = {}): PackageRegistry {
  const baseUrl = (options.baseUrl ?? 'https://registry.npmjs.org').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const packuments = new Map<string, Promise<Packument>>();
  const load = async (name: string): Promise<Packument> => {
    const url = `${baseUrl}/${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
    const answer = await fetchRegistryJson(doFetch, url, {}, options.timeoutMs ?? 15_000);
    if (!answer.ok) return answer;
    const json = answer.json as { time?: Record<string, string>; versions?: Record<string, unknown> } | null;
    return { ok: true, time: json?.time ?? {}, versions: Object.keys(json?.versions ?? {}) };
  };
  const packument = (name: string) => {
    let pending = packuments.get(name);
    if (!pending) packuments.set(name, (pending = load(name)));
    return pending;
  };
  const registry: PackageRegistry = {
    publishTime: async (name, version) => {
      const found = await packument(name);
      if (!found.ok) return found.publish;
      const at = found.time[version];
      return at === undefined ? { kind: 'not-found' } : parsePublishTime(at, `${name}@${version}`);
    },
    // The versions map holds what can be installed; `time` also keeps unpublished versions.
    releases: async (name) => {
      const found = await packument(name);
      if (!found.ok) return unlisted(found.publish);
      return listReleases(found.versions.map((version) => ({ version, time: parsePublishTime(found.time[version], `${name}@${version}`) })));
    },
  };
  return withPublishTimeCache(registry, options.cacheDir);
}
