import { describe, expect, it } from 'vitest';
import { findHeadEnd, parseProxyHead } from '../../../src/core/isolation/proxy-request-head.ts';

const head = (...lines: string[]) => `${lines.join('\r\n')}\r\n\r\n`;

describe('parseProxyHead', () => {
  it.each([
    [head('CONNECT api.openai.com:443 HTTP/1.1', 'Host: api.openai.com:443'), { kind: 'connect', host: 'api.openai.com', port: 443 }],
    [head('CONNECT API.OpenAI.com.:443 HTTP/1.1'), { kind: 'connect', host: 'api.openai.com', port: 443 }],
    [head('CONNECT [::1]:8443 HTTP/1.1'), { kind: 'connect', host: '::1', port: 8443 }],
  ] as const)('reads a CONNECT', (text, request) => {
    expect(parseProxyHead(text)).toEqual({ ok: true, request });
  });

  it('rewrites a plain request to origin form, without proxy credentials or keep-alive', () => {
    const parsed = parseProxyHead(head('POST http://models.test:8080/v1/chat?x=1 HTTP/1.1', 'Host: models.test:8080', 'Proxy-Authorization: Basic c2VjcmV0', 'Proxy-Connection: keep-alive', 'Connection: keep-alive', 'not a header', 'Content-Length: 2'));
    expect(parsed).toEqual({ ok: true, request: { kind: 'http', host: 'models.test', port: 8080, head: head('POST /v1/chat?x=1 HTTP/1.1', 'Host: models.test:8080', 'Content-Length: 2', 'Connection: close') } });
    expect(parseProxyHead(head('GET http://models.test HTTP/1.0'))).toMatchObject({ ok: true, request: { port: 80, head: head('GET / HTTP/1.1', 'Host: models.test', 'Connection: close') } });
  });

  it('sends the allowed authority as Host, never the client\'s (another site behind the same address)', () => {
    const parsed = parseProxyHead(head('GET http://allowed.test/x HTTP/1.1', 'Host: evil.test', 'Accept: */*'));
    expect(parsed).toEqual({ ok: true, request: { kind: 'http', host: 'allowed.test', port: 80, head: head('GET /x HTTP/1.1', 'Host: allowed.test', 'Accept: */*', 'Connection: close') } });
    expect(parseProxyHead(head('GET http://[::1]:8080/ HTTP/1.1', 'host: evil.test'))).toMatchObject({ ok: true, request: { head: head('GET / HTTP/1.1', 'Host: [::1]:8080', 'Connection: close') } });
  });

  it.each([
    [head('CONNECT api.openai.com HTTP/1.1'), 400],
    [head('CONNECT api.openai.com:99999 HTTP/1.1'), 400],
    [head('CONNECT user@api.openai.com:443 HTTP/1.1'), 400],
    [head('CONNECT bad_host!:443 HTTP/1.1'), 400],
    [head('GET /relative HTTP/1.1'), 400],
    [head('GET https://api.openai.com/ HTTP/1.1'), 405],
    [head('GET http://user:pw@api.openai.com/ HTTP/1.1'), 400],
    [head('HELLO'), 400],
    [head('GET http://a.test/ HTTP/2'), 400],
  ] as const)('refuses %j with %s', (text, status) => {
    expect(parseProxyHead(text)).toMatchObject({ ok: false, status });
  });
});

describe('findHeadEnd', () => {
  it.each([
    ['GET / HTTP/1.1\r\nHost: a\r\n\r\nbody', 27],
    ['GET / HTTP/1.1\r\nHost: a\r\n', -1],
    ['', -1],
  ] as const)('%j ends at %s', (text, end) => {
    expect(findHeadEnd(Buffer.from(text))).toBe(end);
  });
});
