import { connect as netConnect, createServer, type Socket } from 'node:net';
import type { RefusedConnection } from '../../core/isolation/blocked-connections.ts';
import { isHostAllowed } from '../../core/isolation/network-allowlist.ts';
import { findHeadEnd, parseProxyHead } from '../../core/isolation/proxy-request-head.ts';

/** Opens the upstream connection for an allowed host (the host's DNS and routes); tests map names to local servers. */
export type Connector = (host: string, port: number) => Socket;

export interface AllowlistProxyOptions {
  /** The Unix socket to listen on, in a private (0700) directory. */
  readonly socketPath: string;
  readonly allow: readonly string[];
  readonly onRefused: (connection: RefusedConnection) => void;
  readonly connect?: Connector;
  readonly now?: () => number;
  /** Largest request head accepted (431 beyond it). Default 16 KiB. */
  readonly maxHeadBytes?: number;
  /** Connections served at once; more are dropped. Default 64. */
  readonly maxConnections?: number;
  /** How long a client has to send its head, and an upstream to answer the connect. Default 30 s. */
  readonly timeoutMs?: number;
}

export interface AllowlistProxy {
  readonly close: () => Promise<void>;
}

/**
 * An HTTP proxy on a Unix socket that lets a box reach only the allowlisted hosts: `CONNECT host:port`
 * (TLS stays end to end) and absolute-URI plain HTTP. Every refused host:port is reported with its time.
 * It reads only request heads, never bodies, and logs nothing of what passes (no headers, no tokens).
 */
export function startAllowlistProxy(options: AllowlistProxyOptions): Promise<AllowlistProxy> {
  const connect = options.connect ?? ((host, port) => netConnect({ host, port }));
  const now = options.now ?? Date.now;
  const maxHead = options.maxHeadBytes ?? 16 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    client.setTimeout(timeoutMs, () => client.destroy());
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = findHeadEnd(buffered);
      if (end === -1) {
        if (buffered.length > maxHead) reply(client, 431, 'request head too large');
        return;
      }
      if (end > maxHead) return reply(client, 431, 'request head too large');
      client.off('data', onData);
      client.pause();
      serve(client, buffered.subarray(0, end).toString('latin1'), buffered.subarray(end));
    };
    client.on('data', onData);
  });
  const serve = (client: Socket, head: string, rest: Buffer) => {
    const parsed = parseProxyHead(head);
    if (!parsed.ok) return reply(client, parsed.status, parsed.reason);
    const { host, port } = parsed.request;
    if (!isHostAllowed(options.allow, host, port)) {
      options.onRefused({ host, port, at: now() });
      return reply(client, 403, `${host}:${port} is not in agents.network.allow`);
    }
    let upstreamOpen = false;
    const upstream = connect(host, port);
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.setTimeout(timeoutMs, () => upstream.destroy());
    upstream.once('error', () => (client.writable && !upstreamOpen ? reply(client, 502, `cannot reach ${host}:${port}`) : client.destroy()));
    upstream.once('connect', () => {
      upstreamOpen = true;
      upstream.setTimeout(0);
      client.setTimeout(0);
      if (parsed.request.kind === 'connect') client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      else upstream.write(parsed.request.head, 'latin1');
      if (rest.length > 0) upstream.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  server.maxConnections = options.maxConnections ?? 64;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.socketPath, () => {
      server.off('error', reject);
      resolve({
        close: () =>
          new Promise<void>((done) => {
            for (const socket of open) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function reply(client: Socket, status: 400 | 403 | 405 | 431 | 502, reason: string): void {
  const text = { 400: 'Bad Request', 403: 'Forbidden', 405: 'Method Not Allowed', 431: 'Request Header Fields Too Large', 502: 'Bad Gateway' }[status];
  const body = `shopfloor network proxy: ${reason}\n`;
  client.end(`HTTP/1.1 ${status} ${text}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
