import type { IncomingMessage, ServerResponse } from 'node:http';
import { createNodeMiddleware, Probot, type ProbotOctokit } from 'probot';
import { createShopfloorApp, settingsFromEnv } from '../probot-app.ts';
import type { GitHubAppConfig } from './github-app-config.ts';

/** A request handler that answers what it owns and returns true, or returns false to pass the request on. */
export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

export interface WebhookHandlerOptions {
  readonly config: GitHubAppConfig;
  /** Shopfloor's own settings (implement workflow, allowed bots) come from here too. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Tests pass an Octokit with Probot's retry and throttling off. */
  readonly Octokit?: typeof ProbotOctokit;
  readonly logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
}

/**
 * The Shopfloor GitHub App as a request handler for `config.webhookPath`, through Probot's
 * `createNodeMiddleware`: Probot verifies `X-Hub-Signature-256` over the raw body before any handler runs
 * and answers 400 to a missing or wrong signature. Requests for other paths return false untouched.
 */
export async function createGitHubWebhookHandler(options: WebhookHandlerOptions): Promise<RequestHandler> {
  const { config } = options;
  const probot = new Probot({
    appId: config.appId, privateKey: config.privateKey, secret: config.webhookSecret, logLevel: options.logLevel ?? 'info',
    ...(options.Octokit ? { Octokit: options.Octokit } : {}),
  });
  const app = createShopfloorApp({ settings: settingsFromEnv({ ...options.env, APP_ID: String(config.appId) }) });
  const middleware = await createNodeMiddleware(app, { probot, webhooksPath: config.webhookPath });
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== config.webhookPath) return false;
    await middleware(request, response, () => {
      if (!response.headersSent) response.writeHead(404, { 'content-type': 'text/plain' }).end(`no webhook handler at ${path}`);
    });
    return true;
  };
}
