import { sanitizeUntrustedText } from '../../core/agents/sanitize-untrusted-text.ts';
import { atLeast } from '../../core/github/authorize-command.ts';
import { hasKeyMarker } from '../../core/github/forge-key.ts';
import { addPendingDirective, directivesKey, readPendingDirectives, renderPendingDirectives } from '../../core/github/pending-directives.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import type { CommentEvent, CommentOutcome } from './handle-comment.ts';

/**
 * A write user's plain comment on an agent PR joins the run's pending directives: one keyed comment
 * per run that the implementer reads on `/shopfloor retry` and appends to its run document's User
 * section. Comments from users below write never reach an agent.
 */
export async function recordDirective(deps: GitHubAppDeps, event: CommentEvent): Promise<CommentOutcome> {
  const { forge } = deps;
  const pull = await forge.getPullRequest(event.repo, event.issue.number);
  const agent = parseAgentBranch(pull.headRef);
  if (!agent) return { kind: 'ignored', reason: 'not a Shopfloor agent pull request' };
  const permission = await forge.getPermission(event.repo, event.comment.author.login);
  if (!atLeast(permission, 'write')) return { kind: 'ignored', reason: `@${event.comment.author.login} has ${permission} permission; only write users direct agents` };
  const runId = `${agent.workOrderId}-${agent.shortId}`;
  const target = { repo: event.repo, issueNumber: event.issue.number };
  const key = directivesKey(runId);
  const existing = (await forge.listIssueComments(target)).find((comment) => hasKeyMarker(comment.body, key) && comment.authorAppId === deps.settings.appId);
  const text = sanitizeUntrustedText(event.comment.body, deps.sha256).text;
  const directives = addPendingDirective(existing ? readPendingDirectives(existing.body) : [], { commentId: event.comment.id, author: event.comment.author.login, text });
  await forge.ensureComment(target, key, renderPendingDirectives(runId, directives));
  return { kind: 'directive', runId };
}
