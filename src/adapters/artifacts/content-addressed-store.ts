import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArtifactStore, CacheEntry, LogSink, RunIndex } from '../../ports/artifact-store.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** The default store inside a repository; `.shopfloor/` is gitignored. */
export const defaultArtifactDir = '.shopfloor/artifacts';

const digestPattern = /^sha256:([0-9a-f]{64})$/;

/**
 * A content-addressed directory: blobs at `sha256/<2 hex>/<62 hex>`, run indexes at `runs/<runId>.json`,
 * cache entries at `cache/<key>.json`. Writes are atomic; a blob is never rewritten.
 */
export function createContentAddressedStore(root: string): ArtifactStore {
  const pathOf = (digest: string) => {
    const hex = digestPattern.exec(digest)?.[1];
    if (!hex) throw new Error(`"${digest}" is not a sha256 digest`);
    return join(root, 'sha256', hex.slice(0, 2), hex.slice(2));
  };
  const tmp = async () => {
    await mkdir(join(root, 'tmp'), { recursive: true });
    return join(root, 'tmp', `${process.pid}-${randomBytes(6).toString('hex')}`);
  };
  const place = async (temp: string, digest: string) => {
    const target = pathOf(digest);
    await mkdir(dirname(target), { recursive: true });
    // Same content, same name: an existing blob is already right, so a racing writer may lose quietly.
    await rename(temp, target).catch(async (error: NodeJS.ErrnoException) => {
      await rm(temp, { force: true });
      if (error.code !== 'EEXIST' && error.code !== 'EPERM') throw error;
    });
  };
  const put = async (content: string | Uint8Array) => {
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    const target = pathOf(digest);
    if (await exists(target)) return digest;
    const temp = await tmp();
    await writeFile(temp, content);
    await place(temp, digest);
    return digest;
  };
  const openLog = (): LogSink => {
    const hash = createHash('sha256');
    let bytes = 0;
    const pathPromise = tmp();
    const streamPromise = pathPromise.then((path) => createWriteStream(path));
    const pending: string[] = [];
    let stream: ReturnType<typeof createWriteStream> | undefined;
    void streamPromise.then((s) => {
      stream = s;
      for (const chunk of pending.splice(0)) s.write(chunk);
    });
    return {
      write: (chunk) => {
        hash.update(chunk);
        bytes += Buffer.byteLength(chunk);
        if (stream) stream.write(chunk);
        else pending.push(chunk);
      },
      finish: async () => {
        const s = await streamPromise;
        for (const chunk of pending.splice(0)) s.write(chunk);
        await new Promise<void>((resolve, reject) => s.end((error?: Error | null) => (error ? reject(error) : resolve())));
        const digest = `sha256:${hash.digest('hex')}`;
        await place(await pathPromise, digest);
        return { digest, bytes };
      },
    };
  };
  const runsDir = join(root, 'runs');
  const listRuns = async (): Promise<RunIndex[]> => {
    const names = await readdir(runsDir).catch(() => [] as string[]);
    const runs = await Promise.all(names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(join(runsDir, n), 'utf8')) as RunIndex));
    return runs.sort((a, b) => b.createdAt - a.createdAt || (a.runId < b.runId ? 1 : -1));
  };
  return {
    root,
    openLog,
    put,
    pathOf,
    read: async (digest) => readFile(pathOf(digest)).catch(() => undefined),
    openRead: async (digest) => ((await exists(pathOf(digest))) ? createReadStream(pathOf(digest), { highWaterMark: 1024 * 1024 }) : undefined),
    writeRunIndex: async (index) => {
      const path = join(runsDir, `${safeName(index.runId)}.json`);
      await mkdir(runsDir, { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(index, null, 2)}\n`);
      return path;
    },
    listRuns,
    lookupCache: async (key) => {
      const text = await readFile(join(root, 'cache', `${safeName(key)}.json`), 'utf8').catch(() => undefined);
      if (!text) return undefined;
      const entry = JSON.parse(text) as CacheEntry;
      // A cache entry whose log was pruned no longer proves anything.
      return entry.logDigest && !(await exists(pathOf(entry.logDigest))) ? undefined : entry;
    },
    recordCache: async (key, entry) => {
      await mkdir(join(root, 'cache'), { recursive: true });
      await writeFileAtomic(join(root, 'cache', `${safeName(key)}.json`), `${JSON.stringify(entry)}\n`);
    },
    prune: async ({ maxRuns, maxAgeMs, now, graceMs }) => {
      const runs = await listRuns();
      const keep = runs.filter((run, index) => (maxRuns === undefined || index < maxRuns) && (maxAgeMs === undefined || now - run.createdAt <= maxAgeMs));
      const drop = runs.filter((run) => !keep.includes(run));
      for (const run of drop) await rm(join(runsDir, `${safeName(run.runId)}.json`), { force: true });
      const referenced = new Set(keep.flatMap((run) => [...run.artifacts.map((a) => a.digest), ...(run.reportDigest ? [run.reportDigest] : [])]).map((d) => pathOf(d)));
      let removedBlobs = 0;
      const shards = await readdir(join(root, 'sha256')).catch(() => [] as string[]);
      for (const shard of shards) {
        for (const blob of await readdir(join(root, 'sha256', shard))) {
          const path = join(root, 'sha256', shard, blob);
          if (referenced.has(path) || (graceMs !== undefined && (await modifiedAfter(path, now - graceMs)))) continue;
          await rm(path, { force: true });
          removedBlobs++;
        }
      }
      // Logs of runs that crashed before finishing; a running verify's logs are younger than the grace.
      for (const name of await readdir(join(root, 'tmp')).catch(() => [] as string[])) {
        const path = join(root, 'tmp', name);
        if (graceMs !== undefined && !(await modifiedAfter(path, now - graceMs))) await rm(path, { force: true });
      }
      return { removedRuns: drop.length, removedBlobs };
    },
  };
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

async function modifiedAfter(path: string, time: number): Promise<boolean> {
  return stat(path).then((s) => s.mtimeMs > time, () => false);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
