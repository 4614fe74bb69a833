import type { IncomingMessage, ServerResponse } from 'node:http';
import { Probot, type ProbotOctokit } from 'probot';
import { createShopfloorApp, settingsFromEnv } from '../probot-app.ts';
import { createGuardedWebhookHandler } from '../probot/guarded-webhook.ts';
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
 * The Shopfloor GitHub App as a request handler for `config.webhookPath`, with GitHub's limits in front
 * of Probot (`createGuardedWebhookHandler`): bodies over 25 MB get 413 unread, the signature is checked
 * over the raw body (400 without one, 401 when it does not match), a signed body that is not a JSON object
 * gets 400, each refusal is one log line. Requests for other paths return false untouched.
 */
export async function createGitHubWebhookHandler(options: WebhookHandlerOptions): Promise<RequestHandler> {
  const { config } = options;
  const probot = new Probot({
    appId: config.appId, privateKey: config.privateKey, secret: config.webhookSecret, logLevel: options.logLevel ?? 'info',
    ...(options.Octokit ? { Octokit: options.Octokit } : {}),
  });
  await probot.load(createShopfloorApp({ settings: settingsFromEnv({ ...options.env, APP_ID: String(config.appId) }) }));
  return createGuardedWebhookHandler({ probot, path: config.webhookPath, log: (line) => probot.log.warn(line) });
}
