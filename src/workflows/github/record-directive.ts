import { sanitizeUntrustedText } from '../../core/agents/sanitize-untrusted-text.ts';
import { atLeast, ignoredActor, type CommentActor } from '../../core/github/authorize-command.ts';
import { directiveKey, planAddDirective, type DirectiveSource } from '../../core/github/run-directives.ts';
import { pendingRetry } from '../../core/github/run-waits.ts';
import { parseAgentBranch, runIdOf } from '../../core/loop/agent-branch.ts';
import { finalRunStatuses } from '../../core/run-document/document-model.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { readDefaultBranchPolicy } from './load-default-branch-policy.ts';
import { retryRun } from './retry-run.ts';
import { patchRun } from './patch-run.ts';

/** A plain comment, review comment or review body on a pull request, as the webhook reports it. */
export interface DirectiveEvent {
  readonly repo: string;
  readonly pullNumber: number;
  readonly source: DirectiveSource;
  /** The comment's or review's id (each source has its own id space). */
  readonly id: number;
  readonly url: string;
  readonly body: string;
  readonly author: CommentActor;
}

export type DirectiveOutcome =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'directive'; readonly runId: string; readonly added: boolean; readonly retry?: string };

/**
 * A write user's follow-up on an agent PR becomes a pending directive in its run document's User
 * section: a `user` patch appends the sanitised text with its author and link (revision + 1) to the run
 * state in git by compare-and-swap, and the tracking comment is rendered from it. Idempotent per source and
 * id, so a redelivery adds nothing. Our own comments, bots not allowlisted by App id and users below
 * write never reach an agent. With `agents.autoRetryOnDirective` in the default branch's policy, a new
 * directive also dispatches a retry, unless one is already waiting for a runner.
 */
export async function recordDirective(deps: GitHubAppDeps, event: DirectiveEvent): Promise<DirectiveOutcome> {
  const { forge } = deps;
  const ignored = ignoredActor(event.author, deps.settings.appId, deps.settings.allowedBotAppIds);
  if (ignored) return { kind: 'ignored', reason: ignored };
  const pull = await forge.getPullRequest(event.repo, event.pullNumber);
  const agent = parseAgentBranch(pull.headRef);
  if (!agent) return { kind: 'ignored', reason: 'not a Shopfloor agent pull request' };
  const permission = await forge.getPermission(event.repo, event.author.login);
  if (!atLeast(permission, 'write')) return { kind: 'ignored', reason: `@${event.author.login} has ${permission} permission; only write users direct agents` };
  const text = sanitizeUntrustedText(event.body, deps.sha256).text;
  if (!text) return { kind: 'ignored', reason: 'nothing visible left after removing hidden text' };
  const runId = runIdOf(agent);
  const key = directiveKey(event);
  let ended: string | undefined;
  const written = await patchRun(deps, event.repo, runId, `directive-${key}`, (state) => {
    if (finalRunStatuses.includes(state.document.status)) return void (ended = state.document.status);
    const patch = planAddDirective(state.document, { source: event.source, id: event.id, author: event.author.login, url: event.url, text });
    return patch ? { patches: [patch] } : undefined;
  });
  if (!written.ok) {
    await forge.ensureComment({ repo: event.repo, issueNumber: pull.number }, `directive-unrecorded/${key}`, `Shopfloor did not record [this ${event.source.replace('-', ' ')}](${event.url}) as a directive for the agent: ${written.reason}. Repeat it after the run is back, or start a new run.`);
    return { kind: 'ignored', reason: written.reason };
  }
  if (ended) return { kind: 'ignored', reason: `run \`${runId}\` has ended (${ended})` };
  if (!written.written) return { kind: 'directive', runId, added: false };
  const document = written.value.state.document;
  const policy = await readDefaultBranchPolicy(forge, event.repo);
  // An absent or invalid policy means no automatic retry; intake reports an invalid one.
  if (policy.kind !== 'valid' || !policy.policy.agents?.autoRetryOnDirective || pendingRetry(document)) return { kind: 'directive', runId, added: true };
  const retry = await retryRun(deps, { repo: event.repo, pull, agent, dispatchKey: `auto-${key}`, run: written.value });
  return { kind: 'directive', runId, added: true, ...(retry.sent ? { retry: `auto-${key}` } : {}) };
}
