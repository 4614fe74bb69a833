import { createHmac } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Probot } from 'probot';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createShopfloorApp } from '../../src/entrypoints/probot-app.ts';
import { createGuardedWebhookHandler, webhookBodyLimit } from '../../src/entrypoints/probot/guarded-webhook.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId, testSettings } from '../helpers/github-app.ts';
import { testPrivateKey, TestOctokit } from '../helpers/github-octokit.ts';

const secret = "It's a Secret to Everybody";
const sign = (body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const megabyte = 1024 * 1024;

let api: GitHubApiMock;
let server: Server;
let port: number;
let logged: string[];
beforeEach(async () => {
  api = mockGitHubApi();
  logged = [];
  const probot = new Probot({ appId: testAppId, privateKey: testPrivateKey(), secret, logLevel: 'fatal', Octokit: TestOctokit });
  await probot.load(createShopfloorApp({ settings: testSettings, retry: { sleep: async () => {} } }));
  const handler = createGuardedWebhookHandler({ probot, path: '/api/github/webhooks', log: (line) => void logged.push(line) });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  api.done();
});

/**
 * POSTs `total` bytes of `x` in 1 MB chunks (with a declared length, or chunked), writing only while the
 * server has not answered; resolves with the status and how many bytes went out before the answer.
 */
function postLarge(total: number, declared: boolean, id: string): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/github/webhooks', method: 'POST', headers: { 'x-github-delivery': id, 'x-github-event': 'issues', ...(declared ? { 'content-length': String(total) } : {}) } });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
      req.destroy();
    });
    // A reset instead of an answer fails the test at once (status 0), rather than hanging it.
    req.on('error', () => void (answered || resolve({ status: 0, sent })));
    const chunk = Buffer.alloc(megabyte, 'x');
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

it('a body declared over 25 MB gets 413 without being read, 10 at once too; each refusal is one log line with the delivery id and the reason, never the body', async () => {
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => postLarge(100 * megabyte, true, `big-${i}`)));
  expect(results.map((r) => r.status)).toEqual(Array(10).fill(413));
  for (const result of results) expect(result.sent).toBeLessThan(100 * megabyte);
  expect(logged).toHaveLength(10);
  for (const line of logged) {
    expect(line).toMatch(/^shopfloor: rejected delivery big-\d: the body is 104857600 bytes, over the 26214400-byte limit$/);
    expect(line).not.toContain('xxx');
  }
  expect(api.calls).toEqual([]);
});

it('a chunked body is refused with 413 as soon as it passes 25 MB', async () => {
  const result = await postLarge(100 * megabyte, false, 'chunked-1');
  expect(result.status).toBe(413);
  expect(result.sent).toBeLessThan(100 * megabyte);
  expect(logged).toEqual([`shopfloor: rejected delivery chunked-1: the body passed the ${webhookBodyLimit}-byte limit`]);
});

it.each([['null'], ['[1,2]'], ['"text"'], ['{not json']])('a correctly signed %s body gets 400, logged once', async (body) => {
  const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': 'odd-1', 'x-hub-signature-256': sign(body) } });
  expect(response.status).toBe(400);
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatch(/^shopfloor: rejected delivery odd-1: the body is not (JSON|a JSON object)$/);
});

it('an unsigned or wrongly signed delivery is refused and logged in one line', async () => {
  const body = '{"action":"labeled"}';
  const unsigned = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, { method: 'POST', body, headers: { 'x-github-event': 'issues', 'x-github-delivery': 'unsigned-1' } });
  const wrong = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, { method: 'POST', body, headers: { 'x-github-event': 'issues', 'x-github-delivery': 'wrong-1', 'x-hub-signature-256': sign('other') } });
  expect([unsigned.status, wrong.status]).toEqual([400, 401]);
  expect(logged).toEqual(['shopfloor: rejected delivery unsigned-1: no X-Hub-Signature-256 header', 'shopfloor: rejected delivery wrong-1: the X-Hub-Signature-256 signature does not match the body']);
});
