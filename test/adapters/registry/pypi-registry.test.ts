import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPypiRegistry } from '../../../src/adapters/registry/pypi-registry.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

const release = {
  info: { name: 'requests', version: '2.32.3' },
  urls: [
    { filename: 'requests-2.32.3.tar.gz', upload_time_iso_8601: '2024-05-29T15:37:49.536000Z' },
    { filename: 'requests-2.32.3-py3-none-any.whl', upload_time_iso_8601: '2024-05-29T15:37:47.027000Z' },
  ],
};

describe('PyPI registry adapter', () => {
  it('takes the earliest upload of the release files as the publish time', async () => {
    nock('https://pypi.org').get('/pypi/requests/2.32.3/json').reply(200, release);
    expect(await createPypiRegistry().publishTime('requests', '2.32.3')).toEqual({ kind: 'published', at: Date.parse('2024-05-29T15:37:47.027Z') });
  });

  it('a missing release, or one without files, is not-found; a failing registry is unreachable', async () => {
    nock('https://pypi.org').get('/pypi/reqeusts/2.32.3/json').reply(404, { message: 'Not Found' });
    nock('https://pypi.org').get('/pypi/empty/1.0/json').reply(200, { info: {}, urls: [] });
    nock('https://pypi.org').get('/pypi/down/1.0/json').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    nock('https://pypi.org').get('/pypi/html/1.0/json').reply(200, '<html>maintenance</html>', { 'content-type': 'text/html' });
    const registry = createPypiRegistry();
    expect(await registry.publishTime('reqeusts', '2.32.3')).toEqual({ kind: 'not-found' });
    expect(await registry.publishTime('empty', '1.0')).toEqual({ kind: 'not-found' });
    expect(await registry.publishTime('down', '1.0')).toEqual({ kind: 'unreachable', reason: expect.stringContaining('https://pypi.org/pypi/down/1.0/json: ') });
    expect((await registry.publishTime('html', '1.0')).kind).toBe('unreachable');
  });

  it('keeps publish times on disk across processes', async () => {
    const cacheDir = await makeTempDir();
    nock('https://pypi.org').get('/pypi/requests/2.32.3/json').once().reply(200, release);
    expect((await createPypiRegistry({ cacheDir }).publishTime('requests', '2.32.3')).kind).toBe('published');
    expect(await createPypiRegistry({ cacheDir }).publishTime('requests', '2.32.3')).toEqual({ kind: 'published', at: Date.parse('2024-05-29T15:37:47.027Z') });
  });

  it('lists releases from /pypi/<name>/json: the first upload of each, none for a release without files, yanked when every file is', async () => {
    nock('https://pypi.org').get('/pypi/requests/json').reply(200, {
      releases: {
        '2.31.0': [{ upload_time_iso_8601: '2023-05-22T15:12:44.175Z' }, { upload_time_iso_8601: '2023-05-22T15:12:42.313Z' }],
        '2.32.0': [{ upload_time_iso_8601: '2024-05-20T00:00:00Z', yanked: true }],
        '3.0.0': [],
      },
    });
    expect(await createPypiRegistry().releases('requests')).toEqual({ kind: 'listed', releases: [{ version: '2.31.0', at: Date.parse('2023-05-22T15:12:42.313Z') }, { version: '2.32.0', at: Date.parse('2024-05-20T00:00:00Z'), yanked: true }] });
  });
});
