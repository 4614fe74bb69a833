import { markRunCommentCancelled } from '../../core/github/cancel-run-comment.ts';
import { parseAgentBranch, runIdOf } from '../../core/loop/agent-branch.ts';
import { runCommentMarker } from '../../core/run-document/render-comment.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import type { CommandReply } from './command-revert.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import type { CommentEvent } from './handle-comment.ts';

/**
 * `/shopfloor cancel` on an agent PR: closes it without merging and marks the run cancelled in its run
 * document (the App's tracking comment on the work order's issue). The agent branch is kept: it holds
 * the work order commit and the agent's work, a closed PR whose branch exists can be reopened, and git
 * being the database, "cancelled" is read from a closed unmerged PR rather than from a missing branch.
 */
export async function commandCancel(deps: GitHubAppDeps, event: CommentEvent, pull: PullRequestInfo | undefined): Promise<CommandReply> {
  const { forge } = deps;
  const agent = pull ? parseAgentBranch(pull.headRef) : undefined;
  if (!pull || !agent) return { allowed: false, text: 'Not done: `/shopfloor cancel` works on Shopfloor agent pull requests.' };
  const summary = await forge.getPullRequestSummary(event.repo, pull.number);
  if (summary.mergedAt) return { allowed: false, text: `Not done: #${pull.number} is already merged; \`/shopfloor revert\` undoes a merge.` };
  if (summary.state === 'open') await forge.closePullRequest(event.repo, pull.number);
  const runId = runIdOf(agent);
  const marked = await markRunDocument(deps, event.repo, runId, agent.workOrderId, `cancelled by @${event.comment.author.login} with /shopfloor cancel on #${pull.number}`);
  return {
    allowed: true,
    text: `Cancelled run \`${runId}\`: ${summary.state === 'open' ? 'closed' : 'kept closed'} #${pull.number} without merging${marked ? ` and marked the run cancelled in its run document on #${marked}` : ''}. The branch \`${pull.headRef}\` is kept, so reopening this pull request resumes the work; delete it when its history is no longer needed.`,
  };
}

/** The issue number whose tracking comment was marked, or undefined when the run has none. */
async function markRunDocument(deps: GitHubAppDeps, repo: string, runId: string, workOrderId: string, detail: string): Promise<number | undefined> {
  const issueNumber = Number(/^issue-(\d+)$/.exec(workOrderId)?.[1]);
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) return undefined;
  const marker = runCommentMarker(runId);
  const comments = await deps.forge.listIssueComments({ repo, issueNumber });
  const tracking = comments.find((c) => c.authorAppId === deps.settings.appId && c.body.startsWith(`${marker}\n`));
  const body = tracking ? markRunCommentCancelled(tracking.body, detail) : undefined;
  if (!tracking || body === undefined) return undefined;
  if (body !== tracking.body) await deps.forge.updateIssueComment(repo, tracking.id, body);
  return issueNumber;
}
