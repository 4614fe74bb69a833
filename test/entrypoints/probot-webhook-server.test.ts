import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createShopfloorApp } from '../../src/entrypoints/probot-app.ts';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { testAppId, testSettings } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { testPrivateKey, TestOctokit } from '../helpers/github-octokit.ts';
import { examplePayload } from '../helpers/github-payloads.ts';

const secret = "It's a Secret to Everybody";
const sign = (body: string, key = secret) => `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;

let api: GitHubApiMock;
let server: Server;
let url: string;

beforeEach(async () => {
  api = mockGitHubApi();
  const probot = new Probot({ appId: testAppId, privateKey: testPrivateKey(), secret, logLevel: 'fatal', Octokit: TestOctokit });
  const middleware = await createNodeMiddleware(createShopfloorApp({ settings: testSettings, retry: { sleep: async () => {} } }), { probot, webhooksPath: '/api/github/webhooks' });
  server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  api.done();
});

const post = (body: string, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': `d-${Math.random()}`, ...headers } });

describe('webhook signatures over HTTP', () => {
  it("computes GitHub's documented test vector", () => {
    expect(sign('Hello, World!')).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  });

  it('runs the handler for a correctly signed delivery', async () => {
    const fake = createGitHubFake(api, { appId: testAppId });
    const body = JSON.stringify(examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')));
    const response = await post(body, { 'x-hub-signature-256': sign(body) });
    expect(response.status).toBe(200);
    expect(fake.comments).toHaveLength(1);
  });

  it.each([
    ['unsigned', () => ({})],
    ['signed with another secret', (body: string) => ({ 'x-hub-signature-256': sign(body, 'not the secret') })],
    ['one hex digit flipped', (body: string) => ({ 'x-hub-signature-256': sign(body).replace(/.$/, (c) => (c === '0' ? '1' : '0')) })],
    ['a short signature', () => ({ 'x-hub-signature-256': 'sha256=757107ea' })],
    ['sha1 only', (body: string) => ({ 'x-hub-signature': `sha1=${createHmac('sha1', secret).update(body).digest('hex')}` })],
    ['signed over a re-serialised body', (body: string) => ({ 'x-hub-signature-256': sign(JSON.stringify(JSON.parse(body), null, 2)) })],
  ])('%s: answered 400/401 and no handler runs', async (_name, headers) => {
    const body = JSON.stringify(examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')));
    const response = await post(body, headers(body));
    expect([400, 401]).toContain(response.status);
    expect(api.calls).toEqual([]);
  });
});
