import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProbotOctokit } from 'probot';
import { readGitHubAppConfig } from '../cli/github-app-config.ts';
import { createGitHubWebhookHandler } from '../cli/github-webhook-handler.ts';

export interface AppServerOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Reads PRIVATE_KEY_PATH. */
  readonly readText: (path: string) => string;
  /** Tests pass an Octokit with Probot's retry and throttling off. */
  readonly Octokit?: typeof ProbotOctokit;
  readonly logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
}

export type AppServerStart = { readonly ok: true; readonly server: Server; readonly url: string; readonly webhookPath: string } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The App's own HTTP server for production and containers, in place of `probot run`: the webhook at
 * `WEBHOOK_PATH` behind GitHub's limits (`createGuardedWebhookHandler`: 413 for bodies over 25 MB before
 * they are read, 400/401 for unsigned or wrongly signed ones, 400 for a signed body that is not a JSON
 * object, one log line per refusal), `GET /shopfloor/health`, and 404 for anything else. Probot's own
 * server cannot give this: it runs its webhook middleware, which reads the whole body, before any handler
 * an app adds. Listens on `PORT` (default 3000) and `HOST` (default `localhost`, as `probot run`; a
 * container sets `HOST=0.0.0.0`).
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServerStart> {
  const config = readGitHubAppConfig(options.env, options.readText);
  if (!config.configured) return { ok: false, errors: ['APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET are not set; set them in the environment (docker run --env-file .env); docs/github-app.md "Install and run"'] };
  if (!config.ok) return config;
  const port = Number(options.env.PORT ?? 3000);
  if (!Number.isSafeInteger(port) || port < 0 || port > 65535) return { ok: false, errors: [`PORT "${options.env.PORT}" is not a port number (0-65535)`] };
  const webhook = await createGitHubWebhookHandler({ config: config.value, env: options.env, ...(options.Octokit ? { Octokit: options.Octokit } : {}), ...(options.logLevel ? { logLevel: options.logLevel } : {}) });
  const server = createServer((request, response) => {
    void (async () => {
      if (await webhook(request, response)) return;
      const path = (request.url ?? '/').split('?')[0];
      if (request.method === 'GET' && path === '/shopfloor/health') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      response.writeHead(404, { 'content-type': 'text/plain', connection: 'close' }).end('not found\n');
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, options.env.HOST || 'localhost', resolve));
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { ok: true, server, url: `http://${host}:${address.port}`, webhookPath: config.value.webhookPath };
}
