import type { Context, Probot } from 'probot';
import type { CommentActor } from '../../core/github/authorize-command.ts';
import { parseCommands } from '../../core/github/parse-commands.ts';
import type { DirectiveSource } from '../../core/github/run-directives.ts';
import type { GitHubAppDeps } from '../../workflows/github/github-app-deps.ts';
import { recordDirective } from '../../workflows/github/record-directive.ts';

export interface FollowupWiring {
  readonly depsFor: (context: Context) => GitHubAppDeps;
  /** The app's queued, delivery-deduplicated dispatcher (per-PR key). */
  readonly dispatch: (context: Context, key: string, work: () => Promise<unknown>) => Promise<unknown>;
}

interface Written {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url: string;
  readonly user: { readonly login: string; readonly type?: string } | null;
  readonly performed_via_github_app?: { readonly id: number } | null;
}

/**
 * Review comments (`pull_request_review_comment.created`) and review bodies
 * (`pull_request_review.submitted`) on agent PRs become pending directives in the run document, like
 * plain PR comments do through `issue_comment.created`. Commands are read from conversation comments
 * only, so a review that says `/shopfloor ...` is neither a command nor a directive.
 */
export function registerFollowupHandlers(app: Probot, wiring: FollowupWiring): void {
  const follow = async (context: Context, pullNumber: number, source: DirectiveSource, written: Written) => {
    const body = written.body ?? '';
    if (!body.trim()) return;
    const parsed = parseCommands(body);
    if (parsed.commands.length > 0 || parsed.unknown.length > 0) return context.log.info(`${source} ${written.id} holds a /shopfloor command; commands run from PR conversation comments only`);
    const repo = (context.payload as { repository: { full_name: string } }).repository.full_name;
    const author: CommentActor = {
      login: written.user?.login ?? '', type: (written.user?.type ?? 'User') as CommentActor['type'],
      ...(written.performed_via_github_app ? { appId: written.performed_via_github_app.id } : {}),
    };
    await wiring.dispatch(context, `${repo}#${pullNumber}`, () => recordDirective(wiring.depsFor(context), { repo, pullNumber, source, id: written.id, url: written.html_url, body, author }));
  };
  app.on('pull_request_review_comment.created', async (context) => {
    await follow(context as unknown as Context, context.payload.pull_request.number, 'review-comment', context.payload.comment as Written);
  });
  app.on('pull_request_review.submitted', async (context) => {
    await follow(context as unknown as Context, context.payload.pull_request.number, 'review', context.payload.review as Written);
  });
}
