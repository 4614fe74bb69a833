import { approvalsForHead, readApprovals, renderApprovalRecord } from '../../core/github/approval-record.ts';
import { commandAcceptDrop } from './command-accept-drop.ts';
import { authorizeCommand, ignoredActor, type RepoPermission } from '../../core/github/authorize-command.ts';
import { parseCommands, shopfloorCommands, type ShopfloorCommand } from '../../core/github/parse-commands.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import { commandBisect } from './command-bisect.ts';
import { commandCancel } from './command-cancel.ts';
import { commandRevert } from './command-revert.ts';
import { claimEffect, underClaim } from './claim-effect.ts';
import { isDangerousChange } from './dangerous-change.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { intakeIssue } from './intake-issue.ts';
import { landPullRequest } from './land-pull.ts';
import { approvePlan } from './approve-plan.ts';
import type { CommentEvent } from './comment-event.ts';
import { recordDirective } from './record-directive.ts';
import { describeRetry, retryRun } from './retry-run.ts';

export type CommentOutcome =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'directive'; readonly runId: string }
  | { readonly kind: 'commands'; readonly replies: readonly { readonly command: string; readonly allowed: boolean; readonly text: string }[] };

/**
 * `issue_comment.created`: commands get a visible reply each (what happened, or why not); a write
 * user's plain comment on an agent PR becomes a pending directive. Our own comments and bots that are not
 * allowlisted by App id are ignored before any API call, so the App cannot talk to itself.
 */
export async function handleComment(deps: GitHubAppDeps, event: CommentEvent): Promise<CommentOutcome> {
  const { settings } = deps;
  const { repo, comment } = event;
  const ignored = ignoredActor(comment.author, settings.appId, settings.allowedBotAppIds);
  if (ignored) return { kind: 'ignored', reason: ignored };
  const parsed = parseCommands(comment.body);
  if (parsed.commands.length === 0 && parsed.unknown.length === 0) {
    if (!event.isPullRequest) return { kind: 'ignored', reason: 'a plain comment on an issue' };
    const directive = await recordDirective(deps, { repo, pullNumber: event.issue.number, source: 'comment', id: comment.id, url: `https://github.com/${repo}/pull/${event.issue.number}#issuecomment-${comment.id}`, body: comment.body, author: comment.author });
    return directive.kind === 'directive' ? { kind: 'directive', runId: directive.runId } : directive;
  }
  // Commands act once per comment, whichever replica gets it how often: a dispatch (bisect, a runner
  // revert) has no key GitHub could dedupe, and two replies would each look done.
  const claim = await claimEffect(deps, repo, `comment/${comment.id}`);
  if (!claim.held) return { kind: 'ignored', reason: `comment ${comment.id}'s commands are answered by ${claim.by}` };
  return underClaim(claim, () => answerCommands(deps, event, parsed));
}

async function answerCommands(deps: GitHubAppDeps, event: CommentEvent, parsed: ReturnType<typeof parseCommands>): Promise<CommentOutcome> {
  const { forge } = deps;
  const { repo, comment } = event;
  const target = { repo, issueNumber: event.issue.number };
  const replies: { command: string; allowed: boolean; text: string }[] = [];
  const reply = async (key: string, command: string, allowed: boolean, text: string) => {
    replies.push({ command, allowed, text });
    await forge.ensureComment(target, `reply/${comment.id}/${key}`, `> /shopfloor ${command}\n\n${text}`);
  };
  for (const unknown of parsed.unknown) {
    await reply(`line-${unknown.line}`, unknown.word, false, `Unknown command \`${unknown.word.replace(/`/g, '')}\`. Shopfloor understands: ${shopfloorCommands.map((c) => `\`${c}\``).join(', ')}.`);
  }
  if (parsed.commands.length === 0) return { kind: 'commands', replies };
  const permission = await forge.getPermission(repo, comment.author.login);
  const pull = event.isPullRequest ? await forge.getPullRequest(repo, event.issue.number) : undefined;
  for (const command of parsed.commands) {
    const text = await runCommand(deps, event, command, permission, pull);
    await reply(`line-${command.line}`, command.name, text.allowed, text.text);
  }
  // An approval or a released hold can be the last thing missing: decide about landing now, after the reply with its record.
  // A hold decides too: a PR in the merge train leaves it at once (the cars behind it are re-planned).
  if (pull && replies.some((r) => r.allowed && (r.command === 'approve' || r.command === 'unhold' || r.command === 'hold' || r.command === 'accept-drop'))) await landPullRequest(deps, { repo, pullNumber: pull.number });
  return { kind: 'commands', replies };
}

async function runCommand(deps: GitHubAppDeps, event: CommentEvent, command: ShopfloorCommand, permission: RepoPermission, pull: PullRequestInfo | undefined): Promise<{ allowed: boolean; text: string }> {
  const { forge, settings } = deps;
  // On an issue, approve means approving a plan: the requester may confirm the plan they asked for
  // (the work itself still needs someone else's approval on the PR), so the requester rule is for PRs.
  const requester = event.isPullRequest ? /<!-- shopfloor:requester=([A-Za-z0-9-]+) -->/.exec(event.issue.body)?.[1] : undefined;
  const dangerous = command.name === 'approve' && pull ? isDangerousChange(await forge.listPullRequestFiles(event.repo, pull.number)) : false;
  const verdict = authorizeCommand({
    command: command.name, actor: event.comment.author, permission, ownAppId: settings.appId, allowedBotAppIds: settings.allowedBotAppIds,
    ...(requester ? { requester } : {}), ...(pull ? { agentActor: pull.author } : {}), dangerous,
  });
  if (!verdict.allowed) return { allowed: false, text: `Not done: ${verdict.reason}.` };
  const needsAgentPull = !pull || !parseAgentBranch(pull.headRef);
  switch (command.name) {
    case 'run': {
      if (event.isPullRequest) return { allowed: false, text: 'Not done: `/shopfloor run` works on issues; this is a pull request.' };
      const result = await intakeIssue(deps, { repo: event.repo, issue: event.issue, trigger: `comment-${event.comment.id}` });
      if (result.ok && result.live !== undefined) return { allowed: true, text: `Run \`${result.runId}\` is already running (attempt ${result.live} is live); nothing was dispatched again. Comment \`/shopfloor retry\` on its pull request to run the agent again.` };
      return result.ok ? { allowed: true, text: `Started run \`${result.runId}\` on \`${result.branch}\`; the run document is above.` } : { allowed: false, text: `Not started: ${result.reason}` };
    }
    case 'approve': {
      if (!event.isPullRequest) return approvePlan(deps, { repo: event.repo, issueNumber: event.issue.number, user: event.comment.author.login, permission });
      if (needsAgentPull) return { allowed: false, text: 'Not done: approvals apply to Shopfloor agent pull requests only.' };
      const record = renderApprovalRecord({ user: event.comment.author.login, sha: pull!.headSha, permission });
      return { allowed: true, text: `Approved by @${event.comment.author.login} (${permission}) for head \`${pull!.headSha.slice(0, 7)}\`${dangerous ? ', including its dangerous changes' : ''}. A new push voids this approval.\n${record}` };
    }
    case 'status': {
      if (needsAgentPull) return { allowed: true, text: 'No Shopfloor agent pull request here; label an issue `shopfloor` or comment `/shopfloor run` on it to start one.' };
      const approvals = approvalsForHead(readApprovals(await approvalComments(deps, event), settings.appId), pull!.headSha);
      return { allowed: true, text: `Head \`${pull!.headSha.slice(0, 7)}\`: ${approvals.length ? `approved by ${approvals.map((a) => `@${a.user}`).join(', ')}` : 'no approvals for this head'}.` };
    }
    case 'hold':
    case 'unhold':
      if (needsAgentPull) return { allowed: false, text: `Not done: \`${command.name}\` applies to Shopfloor agent pull requests only.` };
      return { allowed: true, text: `${command.name === 'hold' ? 'Held: Shopfloor will not merge this pull request until `/shopfloor unhold`.' : 'Hold released.'}\n<!-- shopfloor:${command.name} user=${event.comment.author.login} sha=${pull!.headSha} -->` };
    case 'accept-drop':
      return commandAcceptDrop(deps, event, pull);
    case 'retry': {
      const agent = pull ? parseAgentBranch(pull.headRef) : undefined;
      if (!agent) return { allowed: false, text: 'Not done: `/shopfloor retry` works on Shopfloor agent pull requests.' };
      const retry = await retryRun(deps, { repo: event.repo, pull: pull!, agent, dispatchKey: `retry-comment-${event.comment.id}` });
      return { allowed: true, text: describeRetry(settings.implementWorkflow, pull!.headRef, retry) };
    }
    case 'revert':
      return commandRevert(deps, event, pull);
    case 'bisect':
      return commandBisect(deps, event);
    case 'cancel':
      return commandCancel(deps, event, pull);
    default:
      return { allowed: true, text: `Recorded \`/shopfloor ${command.name}\`, but the GitHub App does not act on it yet; run \`shopfloor ${command.name}\` from a runner for now.` };
  }
}

async function approvalComments(deps: GitHubAppDeps, event: CommentEvent) {
  const comments = await deps.forge.listIssueComments({ repo: event.repo, issueNumber: event.issue.number });
  // Only comments the App itself wrote count: anyone can paste an approval marker into their own comment.
  return comments.map((c) => ({ body: c.body, ...(c.authorAppId !== undefined ? { appId: c.authorAppId } : {}) }));
}
