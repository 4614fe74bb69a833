import { createHmac } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startAppServer } from '../../src/entrypoints/probot/app-server.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { testPrivateKey, TestOctokit } from '../helpers/github-octokit.ts';
import { examplePayload } from '../helpers/github-payloads.ts';

// The App's own server entry (`node dist/probot-server.js`, what the container runs): GitHub's limits hold there too.
const secret = 'app-server-secret';
const sign = (body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const megabyte = 1024 * 1024;
const env = { APP_ID: String(testAppId), PRIVATE_KEY: testPrivateKey(), WEBHOOK_SECRET: secret, PORT: '0', HOST: '127.0.0.1' };

let api: GitHubApiMock;
let server: Server | undefined;
let base = '';
beforeEach(async () => {
  api = mockGitHubApi();
  const started = await startAppServer({ env, readText: () => '', Octokit: TestOctokit, logLevel: 'fatal' });
  if (!started.ok) throw new Error(started.errors.join('\n'));
  server = started.server;
  base = started.url;
});
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  api.done();
});

/** POSTs 100 MB with a declared length, writing only until the server answers. */
function postLarge(id: string): Promise<{ status: number; sent: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    const url = new URL(`${base}/api/github/webhooks`);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'x-github-delivery': id, 'x-github-event': 'issues', 'content-length': String(100 * megabyte) } });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
      req.destroy();
    });
    req.on('error', () => undefined);
    const chunk = Buffer.alloc(megabyte, 'x');
    const pump = () => {
      while (!answered && sent < 100 * megabyte) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

it('10 concurrent 100 MB POSTs get 413 before their bodies are sent; a signed null gets 400; health answers; other paths 404', async () => {
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => postLarge(`big-${i}`)));
  expect(results.map((r) => r.status)).toEqual(Array(10).fill(413));
  for (const result of results) expect(result.sent).toBeLessThan(100 * megabyte);
  const signedNull = await fetch(`${base}/api/github/webhooks`, { method: 'POST', body: 'null', headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': 'null-1', 'x-hub-signature-256': sign('null') } });
  expect(signedNull.status).toBe(400);
  expect(await (await fetch(`${base}/shopfloor/health`)).text()).toBe('ok');
  expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  expect(api.calls).toEqual([]);
});

it('a signed delivery reaches the App: a labelled issue gets its tracking comment', async () => {
  const fake = createGitHubFake(api, { appId: testAppId });
  const body = JSON.stringify(examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')));
  const response = await fetch(`${base}/api/github/webhooks`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': 'label-1', 'x-hub-signature-256': sign(body) } });
  expect(response.status).toBe(200);
  await expect.poll(() => fake.dispatches.length, { timeout: 20_000 }).toBe(1);
  expect(fake.comments.some((c) => c.body.startsWith('<!-- shopfloor:run-document run='))).toBe(true);
});

it('refuses to start without the App settings, saying what to set', async () => {
  const started = await startAppServer({ env: { PORT: '0' }, readText: () => '' });
  expect(started).toMatchObject({ ok: false, errors: [expect.stringMatching(/^APP_ID, PRIVATE_KEY .* are not set/)] });
  const bad = await startAppServer({ env: { ...env, PORT: 'eighty' }, readText: () => '' });
  expect(bad).toEqual({ ok: false, errors: ['PORT "eighty" is not a port number (0-65535)'] });
});
