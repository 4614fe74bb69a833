import { createServer, type IncomingHttpHeaders } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAllowlistProxy, type AllowlistProxy } from '../../../src/adapters/process/allowlist-proxy.ts';
import type { RefusedConnection } from '../../../src/core/isolation/blocked-connections.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(options: { maxHeadBytes?: number; maxConnections?: number } = {}) {
  const seen: IncomingHttpHeaders[] = [];
  const origin = createServer((request, response) => {
    seen.push(request.headers);
    response.end(`origin ${request.method} ${request.url}`);
  });
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
  const port = (origin.address() as AddressInfo).port;
  const socketPath = join(await makeTempDir('shopfloor-proxy-'), 'proxy.sock');
  const refused: RefusedConnection[] = [];
  const proxy: AllowlistProxy = await startAllowlistProxy({
    socketPath, allow: ['allowed.test', 'down.test'], onRefused: (entry) => refused.push(entry), now: () => 42, ...options,
    connect: (host) => connect({ host: '127.0.0.1', port: host === 'allowed.test' ? port : 1 }),
  });
  cleanups.push(() => proxy.close(), () => new Promise<void>((resolve) => origin.close(() => resolve())));
  return { socketPath, refused, seen, proxy };
}

/** Sends raw bytes to the proxy and returns all it answers until it closes. */
function exchange(socketPath: string, text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.write(text);
  });
}

describe('the allowlist proxy', () => {
  it('forwards a plain request to an allowed host without its proxy credentials, and refuses others with a record', async () => {
    const { socketPath, refused, seen } = await setup();
    const answer = await exchange(socketPath, 'GET http://allowed.test/v1?q=1 HTTP/1.1\r\nHost: allowed.test\r\nProxy-Authorization: Basic c2VjcmV0\r\nAuthorization: Bearer sk-live\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('origin GET /v1?q=1');
    expect(seen[0]).toMatchObject({ host: 'allowed.test', authorization: 'Bearer sk-live', connection: 'close' });
    expect(seen[0]).not.toHaveProperty('proxy-authorization');
    const denied = await exchange(socketPath, 'CONNECT evil.test:443 HTTP/1.1\r\nHost: evil.test:443\r\n\r\n');
    expect(denied).toMatch(/^HTTP\/1\.1 403 Forbidden/);
    expect(denied).toContain('evil.test:443 is not in agents.network.allow');
    expect(refused).toEqual([{ host: 'evil.test', port: 443, at: 42 }]);
  });

  it('tunnels CONNECT to an allowed host and answers 502 when it cannot be reached', async () => {
    const { socketPath } = await setup();
    const tunnelled = await exchange(socketPath, 'CONNECT allowed.test:443 HTTP/1.1\r\n\r\nGET /inside HTTP/1.1\r\nHost: allowed.test\r\nConnection: close\r\n\r\n');
    expect(tunnelled).toMatch(/^HTTP\/1\.1 200 Connection Established\r\n\r\nHTTP\/1\.1 200/);
    expect(tunnelled).toContain('origin GET /inside');
    expect(await exchange(socketPath, 'CONNECT down.test:443 HTTP/1.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 502 Bad Gateway[\s\S]*cannot reach down\.test:443/);
  });

  it('refuses a head past its cap and malformed requests, recording no host for them', async () => {
    const { socketPath, refused } = await setup({ maxHeadBytes: 256 });
    expect(await exchange(socketPath, `GET http://allowed.test/ HTTP/1.1\r\nX-Padding: ${'a'.repeat(400)}`)).toMatch(/^HTTP\/1\.1 431/);
    expect(await exchange(socketPath, 'GET https://allowed.test/ HTTP/1.1\r\n\r\n')).toMatch(/^HTTP\/1\.1 405/);
    expect(await exchange(socketPath, 'nonsense\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(refused).toEqual([]);
  });

  it('serves no more connections at once than its cap, and ends open tunnels when closed', async () => {
    const { socketPath, proxy } = await setup({ maxConnections: 1 });
    const first = connect(socketPath);
    await new Promise((resolve) => first.once('connect', resolve));
    first.write('CONNECT allowed.test:443 HTTP/1.1\r\n\r\n');
    await new Promise((resolve) => first.once('data', resolve));
    // The second is dropped while the first tunnel is open.
    expect(await exchange(socketPath, 'CONNECT allowed.test:443 HTTP/1.1\r\n\r\n')).toBe('');
    const closed = new Promise((resolve) => (first as Socket).once('close', resolve));
    await proxy.close();
    await closed;
  });
});
