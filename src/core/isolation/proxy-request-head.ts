import { normalizeHost } from './network-allowlist.ts';

/** A proxy request's head, as far as the proxy needs it. Bodies are never read here. */
export type ProxyRequest =
  | { readonly kind: 'connect'; readonly host: string; readonly port: number }
  /** A plain-HTTP request in absolute form; `head` is what goes upstream (origin form, no proxy headers). */
  | { readonly kind: 'http'; readonly host: string; readonly port: number; readonly head: string };

export type ParsedProxyRequest = { readonly ok: true; readonly request: ProxyRequest } | { readonly ok: false; readonly status: 400 | 405; readonly reason: string };

const hostPattern = /^([a-z0-9]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])$/i;
/** Hop-by-hop and proxy headers that must not reach the origin. */
const droppedHeaders = new Set(['proxy-authorization', 'proxy-connection', 'connection', 'keep-alive', 'host']);

/** The byte offset just past the blank line ending the head, or -1 while it has not arrived. */
export function findHeadEnd(buffer: Uint8Array): number {
  for (let i = 3; i < buffer.length; i++) {
    if (buffer[i] === 10 && buffer[i - 1] === 13 && buffer[i - 2] === 10 && buffer[i - 3] === 13) return i + 1;
  }
  return -1;
}

/**
 * Reads a proxy request head (the text up to and including the blank line): `CONNECT host:port` or an
 * absolute-form `GET http://host[:port]/path`. A plain-HTTP request is rewritten to origin form with its
 * proxy headers dropped, `Host` set to the URI's authority and `Connection: close`, so one connection carries one request to one host.
 */
export function parseProxyHead(text: string): ParsedProxyRequest {
  const [requestLine = '', ...headerLines] = text.split('\r\n');
  const match = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(requestLine);
  if (!match) return { ok: false, status: 400, reason: 'not an HTTP/1.x request line' };
  const [, method = '', target = ''] = match;
  if (method === 'CONNECT') {
    const authority = splitAuthority(target, undefined);
    return authority ? { ok: true, request: { kind: 'connect', ...authority } } : { ok: false, status: 400, reason: 'CONNECT needs host:port' };
  }
  const url = /^http:\/\/([^/?#]+)([^#]*)$/i.exec(target);
  if (!url) return { ok: false, status: target.startsWith('https:') ? 405 : 400, reason: 'a plain request must use an absolute http:// URI (use CONNECT for https)' };
  const authority = splitAuthority(url[1] ?? '', 80);
  if (!authority) return { ok: false, status: 400, reason: 'the URI has no valid host' };
  const headers = headerLines.filter((line) => line.includes(':') && !droppedHeaders.has(line.slice(0, line.indexOf(':')).trim().toLowerCase()));
  const path = url[2] === '' ? '/' : (url[2] ?? '/');
  // Host is the allowed authority itself: a client's own Host header could name another site behind the same address.
  const hostHeader = `Host: ${authority.host.includes(':') ? `[${authority.host}]` : authority.host}${authority.port === 80 ? '' : `:${authority.port}`}`;
  const head = [`${method} ${path} HTTP/1.1`, hostHeader, ...headers, 'Connection: close', '', ''].join('\r\n');
  return { ok: true, request: { kind: 'http', ...authority, head } };
}

function splitAuthority(authority: string, defaultPort: number | undefined): { host: string; port: number } | undefined {
  if (authority.includes('@')) return undefined;
  const colon = authority.lastIndexOf(':');
  const hasPort = colon !== -1 && !authority.slice(colon).includes(']');
  const host = hasPort ? authority.slice(0, colon) : authority;
  const port = hasPort ? Number(authority.slice(colon + 1)) : defaultPort;
  if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65535 || !hostPattern.test(host)) return undefined;
  return { host: normalizeHost(host), port };
}
