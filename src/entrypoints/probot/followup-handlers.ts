import type { Context, Probot } from 'probot';
import type { CommentActor } from '../../core/github/authorize-command.ts';
import { parseCommands } from '../../core/github/parse-commands.ts';
import type { DirectiveSource } from '../../core/github/run-directives.ts';
import type { GitHubAppDeps } from '../../workflows/github/github-app-deps.ts';
import { recordDirective } from '../../workflows/github/record-directive.ts';
import { onWebhook } from './on-webhook.ts';
import type { WebhookPayload } from './webhook-payloads.ts';

export interface FollowupWiring {
  readonly depsFor: (context: Context) => GitHubAppDeps;
  /** The app's queued, delivery-deduplicated dispatcher (per-PR key). */
  readonly dispatch: (context: Context, key: string, work: () => Promise<unknown>) => Promise<unknown>;
}

type Written = WebhookPayload<'pull_request_review.submitted'>['review'];

/**
 * Review comments (`pull_request_review_comment.created`) and review bodies
 * (`pull_request_review.submitted`) on agent PRs become pending directives in the run document, like
 * plain PR comments do through `issue_comment.created`. Commands are read from conversation comments
 * only, so a review that says `/shopfloor ...` is neither a command nor a directive.
 */
export function registerFollowupHandlers(app: Probot, wiring: FollowupWiring): void {
  const follow = async (context: Context, repo: string, pullNumber: number, source: DirectiveSource, written: Written) => {
    const body = written.body ?? '';
    if (!body.trim()) return;
    const parsed = parseCommands(body);
    if (parsed.commands.length > 0 || parsed.unknown.length > 0) return context.log.info(`${source} ${written.id} holds a /shopfloor command; commands run from PR conversation comments only`);
    const author: CommentActor = {
      login: written.user?.login ?? '', type: (written.user?.type ?? 'User') as CommentActor['type'],
      ...(written.performed_via_github_app ? { appId: written.performed_via_github_app.id } : {}),
    };
    await wiring.dispatch(context, `${repo}#${pullNumber}`, () => recordDirective(wiring.depsFor(context), { repo, pullNumber, source, id: written.id, url: written.html_url, body, author }));
  };
  onWebhook(app, 'pull_request_review_comment.created', 'pull_request_review_comment.created', (context, payload) => follow(context, payload.repository.full_name, payload.pull_request.number, 'review-comment', payload.comment));
  onWebhook(app, 'pull_request_review.submitted', 'pull_request_review.submitted', (context, payload) => follow(context, payload.repository.full_name, payload.pull_request.number, 'review', payload.review));
}
