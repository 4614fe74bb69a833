import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';
import type { PackageRegistry } from '../../ports/package-registry.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

export interface NpmRegistryOptions {
  readonly baseUrl?: string;
  /** Directory for publish times across runs; a version's publish time never changes, so a hit needs no network. */
  readonly cacheDir?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/**
 * Publish times from the npm registry's packument `time` map, fetched once per package per process.
 * Any network failure or non-404 error status is `unreachable`, which the gate turns into `error`.
 * Cargo and PyPI are `unsupported` until they have adapters.
 */
export function createNpmRegistry(options: NpmRegistryOptions = {}): PackageRegistry {
  const baseUrl = (options.baseUrl ?? 'https://registry.npmjs.org').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const packuments = new Map<string, Promise<{ time?: Record<string, string> } | PublishTime>>();
  const load = (name: string) => {
    let pending = packuments.get(name);
    if (!pending) {
      pending = fetchPackument(doFetch, `${baseUrl}/${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`, options.timeoutMs ?? 15_000);
      packuments.set(name, pending);
    }
    return pending;
  };
  const cacheFile = (name: string) => join(options.cacheDir!, `${name.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
  return {
    publishTime: async (ecosystem, name, version) => {
      if (ecosystem !== 'npm') return { kind: 'unsupported' };
      if (options.cacheDir) {
        const cached = await readFile(cacheFile(name), 'utf8').then((text) => (JSON.parse(text) as { time?: Record<string, string> }).time?.[version], () => undefined);
        if (cached) return { kind: 'published', at: Date.parse(cached) };
      }
      const packument = await load(name);
      if (options.cacheDir && !('kind' in packument) && packument.time) {
        await mkdir(options.cacheDir, { recursive: true });
        await writeFileAtomic(cacheFile(name), JSON.stringify({ name, time: packument.time }));
      }
      if ('kind' in packument) return packument as PublishTime;
      const at = packument.time?.[version];
      if (!at) return { kind: 'not-found' };
      const time = Date.parse(at);
      return Number.isNaN(time) ? { kind: 'unreachable', reason: `the registry gave an unreadable time "${at}"` } : { kind: 'published', at: time };
    },
  };
}

async function fetchPackument(doFetch: typeof fetch, url: string, timeoutMs: number): Promise<{ time?: Record<string, string> } | PublishTime> {
  try {
    const response = await doFetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 404) return { kind: 'not-found' };
    if (!response.ok) return { kind: 'unreachable', reason: `${url} answered HTTP ${response.status}` };
    return (await response.json()) as { time?: Record<string, string> };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { kind: 'unreachable', reason: `${url}: ${cause ?? (error as Error).message}` };
  }
}
