import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNpmRegistry } from '../../../src/adapters/registry/npm-registry.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('npm registry adapter', () => {
  it('reads publish times from the packument, once per package', async () => {
    nock('https://registry.npmjs.org').get('/left-pad').once().reply(200, { name: 'left-pad', time: { '1.3.0': '2018-04-09T11:07:10.000Z' } });
    const registry = createNpmRegistry();
    expect(await registry.publishTime('left-pad', '1.3.0')).toEqual({ kind: 'published', at: Date.parse('2018-04-09T11:07:10.000Z') });
    expect(await registry.publishTime('left-pad', '9.9.9')).toEqual({ kind: 'not-found' });
  });

  it('encodes scoped names and reports a missing package', async () => {
    nock('https://registry.npmjs.org').get('/@scope%2Fpkg').reply(404, { error: 'Not found' });
    expect(await createNpmRegistry().publishTime('@scope/pkg', '1.0.0')).toEqual({ kind: 'not-found' });
  });

  it('an unreachable or failing registry is "unreachable", never a pass', async () => {
    nock('https://registry.npmjs.org').get('/down').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    nock('https://registry.npmjs.org').get('/broken').reply(503, 'unavailable');
    const registry = createNpmRegistry();
    expect((await registry.publishTime('down', '1.0.0')).kind).toBe('unreachable');
    expect(await registry.publishTime('broken', '1.0.0')).toEqual({ kind: 'unreachable', reason: 'https://registry.npmjs.org/broken answered HTTP 503' });
  });

  it('keeps publish times on disk so a rerun needs no network for known versions', async () => {
    const cacheDir = await makeTempDir();
    nock('https://registry.npmjs.org').get('/left-pad').once().reply(200, { time: { '1.3.0': '2018-04-09T11:07:10.000Z' } });
    expect((await createNpmRegistry({ cacheDir }).publishTime('left-pad', '1.3.0')).kind).toBe('published');
    expect(await createNpmRegistry({ cacheDir }).publishTime('left-pad', '1.3.0')).toEqual({ kind: 'published', at: Date.parse('2018-04-09T11:07:10.000Z') });
  });
});
