import { parseAgentBranch, runIdOf } from '../../core/loop/agent-branch.ts';
import { finalRunStatuses } from '../../core/run-document/document-model.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { patchRun } from './patch-run.ts';
import type { CommandReply, CommentEvent } from './comment-event.ts';

/**
 * `/shopfloor cancel` on an agent PR: closes it without merging and ends the run as cancelled in its run
 * state in git (rendered to the tracking comment on the work order's issue). The agent branch is kept: it holds
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
  const marked = await markRunDocument(deps, event.repo, runId, `cancelled by @${event.comment.author.login} with /shopfloor cancel on #${pull.number}`);
  return {
    allowed: true,
    text: `Cancelled run \`${runId}\`: ${summary.state === 'open' ? 'closed' : 'kept closed'} #${pull.number} without merging${marked ? ` and marked the run cancelled in its run document on #${marked}` : ''}. The branch \`${pull.headRef}\` is kept, so reopening this pull request resumes the work; delete it when its history is no longer needed.`,
  };
}

/**
 * The run ended as cancelled in its state in git (status `failed`, the detail saying who cancelled), so
 * no later write reopens it. The issue number of its tracking comment, or undefined when it has no state.
 */
async function markRunDocument(deps: GitHubAppDeps, repo: string, runId: string, detail: string): Promise<number | undefined> {
  const marked = await patchRun(deps, repo, runId, 'cancel', (state) => (finalRunStatuses.includes(state.document.status) ? undefined : { patches: [
    { kind: 'append-log-line', section: 'conductor', target: 'canon', text: `Cancelled: ${detail}.` },
    { kind: 'set-status', status: 'failed', detail },
  ] }));
  return marked.ok ? marked.value.state.view?.issueNumber : undefined;
}
