import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContentAddressedStore } from '../../../src/adapters/artifacts/content-addressed-store.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const digestOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

describe('content-addressed store', () => {
  it('names content by its sha256 at a deterministic path and reads it back', async () => {
    const root = await makeTempDir();
    const store = createContentAddressedStore(root);
    const digest = await store.put('hello\n');
    expect(digest).toBe(digestOf('hello\n'));
    expect(store.pathOf(digest)).toBe(join(root, 'sha256', digest.slice(7, 9), digest.slice(9)));
    expect(await store.put('hello\n')).toBe(digest);
    expect(Buffer.from((await store.read(digest))!).toString()).toBe('hello\n');
  });

  it('streams a log to disk and names it when finished', async () => {
    const store = createContentAddressedStore(await makeTempDir());
    const log = store.openLog();
    const chunks = Array.from({ length: 1000 }, (_, i) => `line ${i}\n`);
    for (const chunk of chunks) log.write(chunk);
    const { digest, bytes } = await log.finish();
    expect(digest).toBe(digestOf(chunks.join('')));
    expect(bytes).toBe(chunks.join('').length);
    expect(await readFile(store.pathOf(digest), 'utf8')).toBe(chunks.join(''));
  });

  it('prunes runs by count and age, and only blobs no kept run references', async () => {
    const root = await makeTempDir();
    const store = createContentAddressedStore(root);
    const day = 86_400_000;
    for (let i = 0; i < 4; i++) {
      const digest = await store.put(`log ${i}`);
      await store.writeRunIndex({ runId: `run-${i}`, createdAt: i * day, head: 'h', base: 'b', artifacts: [{ name: 'x.log', digest }] });
    }
    const shared = await store.put('shared');
    await store.writeRunIndex({ runId: 'run-4', createdAt: 4 * day, head: 'h', base: 'b', artifacts: [{ name: 'a', digest: shared }] });
    expect((await store.listRuns()).map((r) => r.runId)).toEqual(['run-4', 'run-3', 'run-2', 'run-1', 'run-0']);
    expect(await store.prune({ maxRuns: 3, now: 4 * day })).toEqual({ removedRuns: 2, removedBlobs: 2 });
    expect(await store.prune({ maxAgeMs: 1.5 * day, now: 4 * day })).toEqual({ removedRuns: 1, removedBlobs: 1 });
    expect((await store.listRuns()).map((r) => r.runId)).toEqual(['run-4', 'run-3']);
    expect(await store.read(shared)).toBeDefined();
    expect(await readdir(join(root, 'runs'))).toEqual(['run-3.json', 'run-4.json']);
  });

  it('drops a cache entry whose proving log was pruned', async () => {
    const store = createContentAddressedStore(await makeTempDir());
    const logDigest = await store.put('proof');
    await store.recordCache('sha256:k', { runId: 'r1', gateId: 'g', logDigest, at: 0 });
    expect((await store.lookupCache('sha256:k'))?.runId).toBe('r1');
    await store.prune({ maxRuns: 0, now: 0 });
    expect(await store.lookupCache('sha256:k')).toBeUndefined();
  });
});

describe('content-addressed store retention grace', () => {
  it('keeps unreferenced blobs younger than the grace period (a run still writing)', async () => {
    const store = createContentAddressedStore(await makeTempDir());
    const orphan = await store.put('log of a run in progress');
    expect(await store.prune({ maxRuns: 0, now: Date.now(), graceMs: 60_000 })).toEqual({ removedRuns: 0, removedBlobs: 0 });
    expect(await store.read(orphan)).toBeDefined();
    expect(await store.prune({ maxRuns: 0, now: Date.now() + 120_000, graceMs: 60_000 })).toEqual({ removedRuns: 0, removedBlobs: 1 });
  });
});
