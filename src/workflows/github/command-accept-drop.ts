import { renderAcceptDropRecord } from '../../core/github/accept-drop-record.ts';
import { parseAgentBranch, runIdOf } from '../../core/loop/agent-branch.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import type { CommandReply, CommentEvent } from './comment-event.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { patchRun } from './patch-run.ts';

/**
 * `/shopfloor accept-drop` on an agent PR (write permission, checked before): the decision goes into the
 * App's reply as a record bound to this exact head, which the merge decision reads back (a push voids
 * it), and into the run document's Conductor section, so the run says who dropped what and when.
 */
export async function commandAcceptDrop(deps: GitHubAppDeps, event: CommentEvent, pull: PullRequestInfo | undefined): Promise<CommandReply> {
  const agent = pull ? parseAgentBranch(pull.headRef) : undefined;
  if (!pull || !agent) return { allowed: false, text: 'Not done: `/shopfloor accept-drop` applies to Shopfloor agent pull requests only.' };
  const user = event.comment.author.login;
  const line = `decision: @${user} accepted dropping what the agent changed outside the scope of head ${pull.headSha.slice(0, 12)} (/shopfloor accept-drop on #${pull.number}); the refused part stays in the implement job's artifacts`;
  const recorded = await patchRun(deps, event.repo, runIdOf(agent), `accept-drop-${event.comment.id}`, (state) => (state.document.sections.some((section) => section.canon.includes(line)) ? undefined : { patches: [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text: line }] }));
  const where = recorded.ok ? ` It is in the run document${recorded.value.state.view?.issueNumber ? ` on #${recorded.value.state.view.issueNumber}` : ''}.` : '';
  return { allowed: true, text: `Recorded: @${user} accepts dropping what the agent changed outside the work order's scope for head \`${pull.headSha.slice(0, 7)}\` (the refused part stays in the run's artifacts as a patch). A new push voids this decision.${where}\n${renderAcceptDropRecord(user, pull.headSha)}` };
}
