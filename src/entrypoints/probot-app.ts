import { createHash, randomUUID } from 'node:crypto';
import type { ApplicationFunctionOptions, Context, Probot } from 'probot';
import { createGitHubForge, createGitHubRunStateStore, createGitHubTrainForge } from '../adapters/github/create-github-forge.ts';
import type { GitHubRequest } from '../adapters/github/github-request.ts';
import type { RetryOptions } from '../adapters/github/retry-github.ts';
import type { CommentActor } from '../core/github/authorize-command.ts';
import type { IssueFacts } from '../core/github/issue-work-order.ts';
import { shopfloorLabel } from '../core/github/work-order-form.ts';
import { defaultAppSettings, type GitHubAppDeps, type GitHubAppSettings } from '../workflows/github/github-app-deps.ts';
import { handleComment } from '../workflows/github/handle-comment.ts';
import { intakeIssue } from '../workflows/github/intake-issue.ts';
import { restoreRunView } from '../workflows/github/run-view.ts';
import { createDeliveryLog, createKeyedQueue } from '../workflows/github/keyed-queue.ts';
import { registerCanaryHandlers } from './probot/canary-handlers.ts';
import { registerActionsRunHandlers } from './probot/actions-run-handlers.ts';
import { ed25519Verifier } from '../adapters/signing/ed25519-keys.ts';
import { registerMergeHandlers } from './probot/merge-handlers.ts';
import { registerFollowupHandlers } from './probot/followup-handlers.ts';
import { onWebhook } from './probot/on-webhook.ts';
import { payloadDefaultBranch, type WebhookPayload } from './probot/webhook-payloads.ts';
import { cacheGitHubReads } from '../adapters/github/cache-github-reads.ts';

export interface ShopfloorAppOptions {
  readonly settings: GitHubAppSettings;
  /** Retry policy for GitHub calls; tests pass an instant sleep. */
  readonly retry?: RetryOptions;
  /** How long a webhook waits for its work before answering (GitHub gives up at 10 s). Default 8 s. */
  readonly answerWithinMs?: number;
  readonly now?: () => string;
  /** Names this App process among its replicas (default: random); claims in run states carry it. */
  readonly instanceId?: string;
  /** Counts compare-and-swap writes that lost a race (figures; a log line either way). */
  readonly onConflict?: (runId: string) => void;
}

const issueFacts = (issue: WebhookPayload<'issues.labeled'>['issue']): IssueFacts => ({
  number: issue.number, title: issue.title, body: issue.body ?? '', author: issue.user?.login ?? '',
  labels: (issue.labels ?? []).map((label) => (typeof label === 'string' ? label : label.name ?? '')), ...(issue.html_url ? { url: issue.html_url } : {}),
  ...(issue.performed_via_github_app ? { authorAppId: issue.performed_via_github_app.id } : {}),
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The Shopfloor GitHub App as a Probot app function. Handlers translate payloads into plain events and
 * call the workflows in `src/workflows/github`; each event's work runs in a per-issue queue, deduplicated
 * by delivery id, and the webhook answers after at most `answerWithinMs` while the rest finishes.
 */
export function createShopfloorApp(options: ShopfloorAppOptions) {
  const queue = createKeyedQueue();
  const deliveries = createDeliveryLog();
  const retry = options.retry ?? { sleep, attempts: 3, maxDelayMs: 5_000 };
  const answerWithin = options.answerWithinMs ?? 8_000;
  const instanceId = options.instanceId ?? randomUUID().slice(0, 8);
  let handlings = 0;
  const appFunction = (app: Probot, _options?: ApplicationFunctionOptions) => {
    // One read cache per delivery's context, shared by every forge and run state store built for it: no GET twice in a handling.
    const requests = new WeakMap<Context, GitHubRequest>();
    const requestFor = (context: Context) => requests.get(context) ?? requests.set(context, cacheGitHubReads(context.octokit.request)).get(context)!;
    const depsFor = (context: Context): GitHubAppDeps => {
      const request = requestFor(context);
      const knownDefaultBranch = payloadDefaultBranch(context.payload);
      const forge = createGitHubForge({ request, retry, ownAppId: options.settings.appId, ...(knownDefaultBranch ? { knownDefaultBranch } : {}) });
      return {
        forge, settings: options.settings, now: options.now ?? (() => new Date().toISOString()),
        sha256: (text) => createHash('sha256').update(text).digest('hex'),
        runs: createGitHubRunStateStore({ request, retry }),
        train: createGitHubTrainForge({ request, retry }),
        handler: `${context.id}@${instanceId}#${++handlings}`,
        onConflict: (runId) => {
          options.onConflict?.(runId);
          context.log.info(`run ${runId}: another writer moved its state first; planning again on the newer state`);
        },
        log: (message) => context.log.info(message),
        verifier: ed25519Verifier,
      };
    };
    /**
     * Queued by key; the webhook waits for the work up to the budget, then answers and lets it finish. A
     * redelivery is recognised per delivery and key, so two handlers of one event (merge and canary both
     * hear `workflow_run`) each act once instead of the first one silencing the other.
     */
    const dispatch = async (context: Context, key: string, work: () => Promise<unknown>) => {
      if (!deliveries.firstTime(`${context.id}|${key}`)) return context.log.info(`delivery ${context.id} already handled; ignoring the redelivery`);
      const done = queue.run(key, work);
      done.catch((error: unknown) => context.log.error(`shopfloor: ${context.name} delivery ${context.id} for ${key} failed: ${String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 300)}`));
      await Promise.race([done, sleep(answerWithin)]);
    };
    onWebhook(app, 'issues.labeled', 'issues.labeled', async (context, payload) => {
      if (payload.label?.name !== shopfloorLabel) return;
      const repo = payload.repository.full_name;
      const issue = issueFacts(payload.issue);
      await dispatch(context, `${repo}#${issue.number}`, () => intakeIssue(depsFor(context), { repo, issue, trigger: `delivery-${context.id}` }));
    });
    onWebhook(app, 'issue_comment.created', 'issue_comment.created', async (context, { comment, issue, repository }) => {
      const author: CommentActor = {
        login: comment.user?.login ?? '', type: (comment.user?.type ?? 'User') as CommentActor['type'],
        ...(comment.performed_via_github_app ? { appId: comment.performed_via_github_app.id } : {}),
      };
      const event = { repo: repository.full_name, issue: issueFacts(issue), isPullRequest: Boolean(issue.pull_request), comment: { id: comment.id, body: comment.body ?? '', author } };
      await dispatch(context, `${event.repo}#${issue.number}`, () => handleComment(depsFor(context), event));
    });
    // A person edited or deleted a tracking comment (the App's own edits come from its bot and are skipped).
    onWebhook(app, ['issue_comment.edited', 'issue_comment.deleted'], 'issue_comment.changed', async (context, { comment, changes, sender, repository }) => {
      if (comment.performed_via_github_app?.id !== options.settings.appId || sender.type === 'Bot') return;
      const runId = /^<!-- shopfloor:run-document run=(\S+) -->\n/.exec(changes?.body?.from ?? comment.body ?? '')?.[1];
      if (!runId) return;
      await dispatch(context, `${repository.full_name}#view-${comment.id}`, () => restoreRunView(depsFor(context), repository.full_name, runId, comment.id));
    });
    registerCanaryHandlers(app, { settings: options.settings, depsFor, dispatch });
    registerActionsRunHandlers(app, { settings: options.settings, depsFor, dispatch });
    registerMergeHandlers(app, { dispatch, depsFor });
    registerFollowupHandlers(app, { depsFor, dispatch });
  };
  return Object.assign(appFunction, { idle: queue.idle });
}

/** Settings from the environment (the only place this app reads it). */
export function settingsFromEnv(env: NodeJS.ProcessEnv): GitHubAppSettings {
  const appId = Number(env.APP_ID);
  if (!Number.isSafeInteger(appId) || appId <= 0) throw new Error('APP_ID is not set to the GitHub App id; copy .env.example to .env and fill it in (see docs/github-app.md "Install and run")');
  return {
    appId,
    implementWorkflow: env.SHOPFLOOR_IMPLEMENT_WORKFLOW || defaultAppSettings.implementWorkflow,
    allowedBotAppIds: (env.SHOPFLOOR_ALLOWED_BOT_APP_IDS ?? '').split(',').map((id) => Number(id.trim())).filter((id) => Number.isSafeInteger(id) && id > 0),
    workOrderDir: defaultAppSettings.workOrderDir,
    canaryWorkflow: env.SHOPFLOOR_CANARY_WORKFLOW || defaultAppSettings.canaryWorkflow,
  };
}

/**
 * `probot run dist/probot-app.js` loads this. The health route needs a server: under `probot.load(app)`
 * (tests, serverless middleware) there is none, and Probot's `addHandler` throws without one.
 */
export default function shopfloorProbotApp(app: Probot, options?: ApplicationFunctionOptions): void {
  createShopfloorApp({ settings: settingsFromEnv(process.env) })(app, options);
  const health = (req: { url?: string }, res: { writeHead: (status: number, headers: Record<string, string>) => { end: (body: string) => void } }) => {
    if (req.url !== '/shopfloor/health') return false;
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return true;
  };
  try {
    options?.addHandler?.(health as never);
  } catch {
    // `probot.load(app)` without a server: Probot's addHandler throws "No server instance"; there is no route to add.
  }
}
