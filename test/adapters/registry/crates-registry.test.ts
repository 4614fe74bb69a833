import { readdir } from 'node:fs/promises';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCratesRegistry, defaultCratesUserAgent } from '../../../src/adapters/registry/crates-registry.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const serde = { version: { crate: 'serde', num: '1.0.210', created_at: '2024-09-06T21:40:37.474213+00:00' } };

describe('crates.io registry adapter', () => {
  it('reads version.created_at and sends the User-Agent crates.io requires', async () => {
    nock('https://crates.io', { reqheaders: { 'user-agent': defaultCratesUserAgent } }).get('/api/v1/crates/serde/1.0.210').reply(200, serde);
    expect(await createCratesRegistry().publishTime('serde', '1.0.210')).toEqual({ kind: 'published', at: Date.parse('2024-09-06T21:40:37.474Z') });
  });

  it('a missing crate or version is not-found; an unreachable or failing registry is unreachable', async () => {
    nock('https://crates.io').get('/api/v1/crates/serdee/1.0.0').reply(404, { errors: [{ detail: 'crate `serdee` does not exist' }] });
    nock('https://crates.io').get('/api/v1/crates/down/1.0.0').replyWithError({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND crates.io' });
    nock('https://crates.io').get('/api/v1/crates/busy/1.0.0').reply(403, 'We require that all requests include a `User-Agent` header.');
    nock('https://crates.io').get('/api/v1/crates/odd/1.0.0').reply(200, { version: {} });
    const registry = createCratesRegistry();
    expect(await registry.publishTime('serdee', '1.0.0')).toEqual({ kind: 'not-found' });
    expect(await registry.publishTime('down', '1.0.0')).toEqual({ kind: 'unreachable', reason: expect.stringMatching(/^https:\/\/crates.io\/api\/v1\/crates\/down\/1.0.0: .*ENOTFOUND/) });
    expect(await registry.publishTime('busy', '1.0.0')).toEqual({ kind: 'unreachable', reason: 'https://crates.io/api/v1/crates/busy/1.0.0 answered HTTP 403' });
    expect((await registry.publishTime('odd', '1.0.0')).kind).toBe('unreachable');
  });

  it('keeps publish times on disk, so a second process asks nothing; failures are not cached', async () => {
    const cacheDir = await makeTempDir();
    nock('https://crates.io').get('/api/v1/crates/down/1.0.0').reply(503);
    expect((await createCratesRegistry({ cacheDir }).publishTime('down', '1.0.0')).kind).toBe('unreachable');
    nock('https://crates.io').get('/api/v1/crates/serde/1.0.210').once().reply(200, serde);
    expect((await createCratesRegistry({ cacheDir }).publishTime('serde', '1.0.210')).kind).toBe('published');
    expect(await createCratesRegistry({ cacheDir }).publishTime('serde', '1.0.210')).toEqual({ kind: 'published', at: Date.parse('2024-09-06T21:40:37.474Z') });
    expect(await readdir(cacheDir)).toEqual(['serde@1.0.210.json']);
  });

  it('lists every version from /versions, yanked ones marked', async () => {
    nock('https://crates.io', { reqheaders: { 'user-agent': defaultCratesUserAgent } }).get('/api/v1/crates/serde/versions').reply(200, {
      versions: [{ num: '1.0.210', created_at: '2024-09-06T21:40:37.474213+00:00', yanked: false }, { num: '1.0.211', created_at: '2024-10-01T00:00:00+00:00', yanked: true }],
    });
    expect(await createCratesRegistry().releases('serde')).toEqual({ kind: 'listed', releases: [{ version: '1.0.210', at: Date.parse('2024-09-06T21:40:37.474Z') }, { version: '1.0.211', at: Date.parse('2024-10-01T00:00:00Z'), yanked: true }] });
  });
});
