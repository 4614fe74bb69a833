import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';
import type { PackageRegistry, ReleaseList } from '../../ports/package-registry.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/**
 * Wraps a registry with an on-disk cache of publish times, one small file per name and version. Only
 * `published` answers are kept: a version's publish time never changes, while "not found" and
 * "unreachable" may be different on the next run. Without a directory it only de-duplicates in memory.
 */
export function withPublishTimeCache(registry: PackageRegistry, cacheDir: string | undefined): PackageRegistry {
  const inFlight = new Map<string, Promise<PublishTime>>();
  const lists = new Map<string, Promise<ReleaseList>>();
  const fileOf = (name: string, version: string) => join(cacheDir!, `${`${name}@${version}`.replace(/[^A-Za-z0-9._@-]/g, '_')}.json`);
  const lookUp = async (name: string, version: string): Promise<PublishTime> => {
    if (cacheDir) {
      const cached = await readFile(fileOf(name, version), 'utf8').then((text) => (JSON.parse(text) as { at?: unknown }).at, () => undefined);
      if (typeof cached === 'number') return { kind: 'published', at: cached };
    }
    const answer = await registry.publishTime(name, version);
    if (cacheDir && answer.kind === 'published') {
      await mkdir(cacheDir, { recursive: true });
      await writeFileAtomic(fileOf(name, version), JSON.stringify({ name, version, at: answer.at }));
    }
    return answer;
  };
  return {
    // A version list changes with every release: never kept on disk, only asked once per process.
    releases: (name) => {
      let pending = lists.get(name);
      if (!pending) lists.set(name, (pending = registry.releases(name)));
      return pending;
    },
    publishTime: (name, version) => {
      const key = `${name}@${version}`;
      let pending = inFlight.get(key);
      if (!pending) inFlight.set(key, (pending = lookUp(name, version)));
      return pending;
    },
  };
}
