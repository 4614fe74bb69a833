import { createHmac } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { createRunFeed } from '../../../src/adapters/writer/run-feed.ts';
import { startWriterServer, type WriterServer } from '../../../src/adapters/writer/writer-server.ts';
import { readGitHubAppConfig, type GitHubAppConfig } from '../../../src/entrypoints/cli/github-app-config.ts';
import { createGitHubWebhookHandler } from '../../../src/entrypoints/cli/github-webhook-handler.ts';
import { runCli } from '../../../src/entrypoints/cli/run-cli.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { testAppId } from '../../helpers/github-app.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { testPrivateKey, TestOctokit } from '../../helpers/github-octokit.ts';
import { examplePayload } from '../../helpers/github-payloads.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

// GitHub's documented test vector (validating-webhook-deliveries): this secret signs "Hello, World!" as 757107ea…3e17.
const secret = "It's a Secret to Everybody";
const sign = (body: string, key = secret) => `sha256=${createHmac('sha256', key).update(body).digest('hex')}`;
const privateKey = testPrivateKey();
const labeled = () => JSON.stringify(examplePayload('issues.labeled', (p) => void (p.label.name = 'shopfloor')));
let deliveries = 0;
const post = (url: string, body: string, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-github-event': 'issues', 'x-github-delivery': `serve-${(deliveries += 1)}`, ...headers } });

describe('the Writer server hosting the GitHub App webhook', () => {
  let api: GitHubApiMock;
  let server: WriterServer;
  beforeEach(async () => {
    api = mockGitHubApi();
    const storeDir = await makeTempDir();
    const config: GitHubAppConfig = { appId: testAppId, privateKey, webhookSecret: secret, webhookPath: '/api/github/webhooks' };
    const webhook = await createGitHubWebhookHandler({ config, env: {}, Octokit: TestOctokit, logLevel: 'fatal' });
    server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, port: 0, handlers: [webhook] });
  });
  afterEach(async () => {
    await server.close();
    api.done();
  });

  it("signs GitHub's test vector as documented", () => {
    expect(sign('Hello, World!')).toBe('sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  });

  it('runs the App for a correctly signed delivery, and the Writer still serves on the same port', async () => {
    const fake = createGitHubFake(api, { appId: testAppId });
    const body = labeled();
    const response = await post(`${server.url}/api/github/webhooks`, body, { 'x-hub-signature-256': sign(body) });
    expect(response.status).toBe(200);
    expect(fake.comments).toHaveLength(1);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect((await fetch(`${server.url}/api/runs`)).status).toBe(200);
  });

  it.each([
    ['unsigned', () => ({})],
    ['signed with another secret', (body: string) => ({ 'x-hub-signature-256': sign(body, 'not the secret') })],
    ['one hex digit flipped', (body: string) => ({ 'x-hub-signature-256': sign(body).replace(/.$/, (c) => (c === '0' ? '1' : '0')) })],
  ])('%s: refused with 400/401 and no handler runs', async (_name, headers) => {
    const body = labeled();
    const response = await post(`${server.url}/api/github/webhooks`, body, headers(body));
    expect([400, 401]).toContain(response.status);
    expect(api.calls).toEqual([]);
  });
});

describe('readGitHubAppConfig', () => {
  const noFile = () => {
    throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
  };
  it('is not configured when none of the App variables is set (the Writer runs alone)', () => {
    expect(readGitHubAppConfig({ LOG_LEVEL: 'info', WEBHOOK_PATH: '/x' }, noFile)).toEqual({ configured: false });
  });

  it('reads an inline key with \\n escapes and the defaults', () => {
    const result = readGitHubAppConfig({ APP_ID: '12', PRIVATE_KEY: privateKey.replace(/\n/g, '\\n'), WEBHOOK_SECRET: 's' }, noFile);
    expect(result).toEqual({ configured: true, ok: true, value: { appId: 12, privateKey, webhookSecret: 's', webhookPath: '/api/github/webhooks' } });
  });

  it.each([
    ['only a secret', { WEBHOOK_SECRET: 's' }, ['APP_ID is missing', 'PRIVATE_KEY or PRIVATE_KEY_PATH is missing']],
    ['no secret', { APP_ID: '12', PRIVATE_KEY: privateKey }, ['WEBHOOK_SECRET is missing']],
    ['a login for an id', { APP_ID: 'shopfloor', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: 's' }, ['APP_ID "shopfloor" is not an App id']],
    ['an unreadable key file', { APP_ID: '12', PRIVATE_KEY_PATH: 'app.pem', WEBHOOK_SECRET: 's' }, ['PRIVATE_KEY_PATH "app.pem" cannot be read (ENOENT)']],
    ['a key that is not PEM', { APP_ID: '12', PRIVATE_KEY: 'ghp_notakey', WEBHOOK_SECRET: 's' }, ['PRIVATE_KEY is not a PEM private key']],
    ['an http proxy', { APP_ID: '12', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: 's', WEBHOOK_PROXY_URL: 'http://smee.io/x' }, ['WEBHOOK_PROXY_URL "http://smee.io/x" is not an https:// URL']],
  ])('%s: says what is missing or wrong', (_name, env, expected) => {
    const result = readGitHubAppConfig(env, noFile);
    expect(result.configured && !result.ok ? result.errors : result).toEqual(expected.map((text) => expect.stringContaining(text)));
    if (result.configured && !result.ok && expected[0]!.endsWith('missing')) expect(result.errors[0]).toContain('.env');
  });
});

describe('shopfloor serve with the App configured', () => {
  const serve = async (env: Record<string, string>, cwd: string) => {
    const controller = new AbortController();
    let stdout = '';
    let stderr = '';
    const listening = new Promise<string>((resolve) => {
      const exit = runCli(['serve', '--port', '0', '--store', join(cwd, 'runs')], {
        stdout: (text) => {
          stdout += text;
          if (/webhook at /.test(stdout)) resolve(/Writer: (\S+)\//.exec(stdout)![1]!);
        },
        stderr: (text) => void (stderr += text), cwd, env, isTTY: false, signal: controller.signal,
      });
      void exit.then((code) => resolve(`exited ${code}`));
    });
    return { url: await listening, stop: () => controller.abort(), output: () => ({ stdout, stderr }) };
  };

  it('hosts the webhook from PRIVATE_KEY_PATH: unsigned deliveries are refused, signed ones accepted, the Writer serves', async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, 'app.pem'), privateKey);
    const api = mockGitHubApi();
    const running = await serve({ APP_ID: String(testAppId), PRIVATE_KEY_PATH: 'app.pem', WEBHOOK_SECRET: secret, WEBHOOK_PROXY_URL: 'https://smee.io/abc', LOG_LEVEL: 'fatal' }, cwd);
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.output().stdout).toContain(`npx smee-client --url https://smee.io/abc --target ${running.url}/api/github/webhooks`);
      const body = JSON.stringify(examplePayload('issues.labeled', (p) => void (p.label.name = 'not-shopfloor')));
      expect((await post(`${running.url}/api/github/webhooks`, body, {})).status).toBe(400);
      expect((await post(`${running.url}/api/github/webhooks`, body, { 'x-hub-signature-256': sign(body) })).status).toBe(200);
      expect((await fetch(`${running.url}/`)).status).toBe(200);
      expect(api.calls).toEqual([]);
    } finally {
      running.stop();
      api.done();
    }
  });

  it('reads .env from the working directory like probot run, the environment winning over the file', async () => {
    const cwd = await makeTempDir();
    await writeFile(join(cwd, 'app.pem'), privateKey);
    await writeFile(join(cwd, '.env'), `# from .env.example\nAPP_ID=${testAppId}\nPRIVATE_KEY_PATH=app.pem\nWEBHOOK_SECRET="${secret}"\nWEBHOOK_PATH=/from-file\n`);
    const api = mockGitHubApi();
    const running = await serve({ WEBHOOK_PATH: '/hooks', LOG_LEVEL: 'fatal' }, cwd);
    try {
      expect(running.output().stdout).toContain(`GitHub App ${testAppId}: webhook at ${running.url}/hooks`);
      const body = JSON.stringify(examplePayload('issues.labeled', (p) => void (p.label.name = 'not-shopfloor')));
      expect((await post(`${running.url}/hooks`, body, { 'x-hub-signature-256': sign(body) })).status).toBe(200);
    } finally {
      running.stop();
      api.done();
    }
  });

  it('refuses to start half configured, naming what is missing and where to set it', async () => {
    const cwd = await makeTempDir();
    const running = await serve({ APP_ID: '12' }, cwd);
    expect(running.url).toBe('exited 2');
    expect(running.output().stderr).toContain('PRIVATE_KEY or PRIVATE_KEY_PATH is missing');
    expect(running.output().stderr).toContain('WEBHOOK_SECRET is missing');
    expect(running.output().stderr).toContain('.env');
  });
});
