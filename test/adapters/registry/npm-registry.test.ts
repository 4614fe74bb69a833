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

  it('lists the installable versions with their publish times (an unpublished version stays in "time" only)', async () => {
    nock('https://registry.npmjs.org').get('/left-pad').once().reply(200, {
      versions: { '1.2.0': {}, '1.3.0': {} },
      time: { created: '2014-03-14T00:00:00.000Z', modified: '2019-01-01T00:00:00.000Z', '1.2.0': '2017-01-01T00:00:00.000Z', '1.3.0': '2018-04-09T11:07:10.000Z', '1.4.0': '2018-05-01T00:00:00.000Z' },
    });
    const registry = createNpmRegistry();
    expect(await registry.releases('left-pad')).toEqual({ kind: 'listed', releases: [{ version: '1.2.0', at: Date.parse('2017-01-01T00:00:00.000Z') }, { version: '1.3.0', at: Date.parse('2018-04-09T11:07:10.000Z') }] });
    expect((await registry.publishTime('left-pad', '1.3.0')).kind).toBe('published');
  });

  it('a version list with an unreadable time, a missing package or a failing registry is never a pass', async () => {
    nock('https://registry.npmjs.org').get('/odd').reply(200, { versions: { '1.0.0': {} }, time: {} });
    nock('https://registry.npmjs.org').get('/gone').reply(404, {});
    nock('https://registry.npmjs.org').get('/down').reply(502, 'bad gateway');
    const registry = createNpmRegistry();
    expect(await registry.releases('odd')).toEqual({ kind: 'unreachable', reason: 'the registry gave no readable publish time for odd@1.0.0 (null)' });
    expect(await registry.releases('gone')).toEqual({ kind: 'not-found' });
    expect(await registry.releases('down')).toEqual({ kind: 'unreachable', reason: 'https://registry.npmjs.org/down answered HTTP 502' });
  });
});
