import { directiveKey, planPickUp, readRunDirectives } from '../../core/github/run-directives.ts';
import { pendingRetry, retryDispatchedStatus } from '../../core/github/run-waits.ts';
import { finalRunStatuses, getSection } from '../../core/run-document/document-model.ts';
import { runIdOf } from '../../core/loop/agent-branch.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { findRunComment, runDocumentPlaces, writeRunComment, type RunComment } from './run-comment.ts';

export interface RetryRequest {
  readonly repo: string;
  readonly pull: PullRequestInfo;
  readonly agent: { readonly workOrderId: string; readonly shortId: string };
  /** Names this dispatch (`retry-comment-<id>`, `auto-review-<id>`); recorded in the run document. */
  readonly dispatchKey: string;
  /** The run's tracking comment when the caller already has it. */
  readonly run?: RunComment;
}

/** `sent: false` when an earlier delivery of the same request dispatched it (the run still waits for it). */
export interface RetryOutcome {
  readonly sent: boolean;
  /** Keys of the directives that went with the retry. */
  readonly directives: readonly string[];
  /** Whether the run document records the retry (false when it has none or the run has ended). */
  readonly recorded: boolean;
  readonly note?: string;
}

/**
 * Dispatches the implement workflow again for an agent PR, then ticks the run's pending directives as
 * picked up by `dispatchKey` and marks the run as waiting for that retry, in one comment write. Dispatch
 * comes first: if the write then fails the directives stay pending and the next retry sends them again
 * (at least once, never lost). Inputs: `work_order`, `branch`, `run_id`, `retry: 'true'` and `issue`
 * (the issue or PR carrying the tracking comment); the job reads what to act on from that comment with
 * `readPendingDirectivesFromRunDocument`.
 */
export async function retryRun(deps: GitHubAppDeps, request: RetryRequest): Promise<RetryOutcome> {
  const { repo, pull, agent, dispatchKey } = request;
  const runId = runIdOf(agent);
  const found = request.run ? { ok: true as const, value: request.run } : await findRunComment(deps, repo, runDocumentPlaces(pull.number, agent.workOrderId), runId);
  const run = found.ok ? found.value : undefined;
  if (run && pendingRetry(run.document) === dispatchKey) {
    const picked = readRunDirectives(getSection(run.document, 'user').canon).filter((d) => d.pickedUpBy === dispatchKey);
    return { sent: false, directives: picked.map(directiveKey), recorded: true };
  }
  const open = run && !finalRunStatuses.includes(run.document.status);
  const pickUp = run ? planPickUp(run.document, dispatchKey) : undefined;
  const keys = pickUp?.keys ?? [];
  const base = await deps.forge.getDefaultBranch(repo);
  await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: 'true', issue: String(run?.target.issueNumber ?? pull.number) });
  if (!run || !open) {
    const note = run ? `run \`${runId}\` has ended (${run.document.status}), so its directives stay listed as pending` : `${found.ok ? '' : found.reason}; no directives went with it`;
    return { sent: true, directives: keys, recorded: false, note };
  }
  await writeRunComment(deps, run, [...(pickUp ? [pickUp.patch] : []), retryDispatchedStatus(dispatchKey)], `retry-${dispatchKey}`);
  return { sent: true, directives: keys, recorded: true };
}

/** The reply to `/shopfloor retry`: what was dispatched and which directives went with it (the same text on a redelivery). */
export function describeRetry(workflow: string, branch: string, retry: RetryOutcome): string {
  const what = retry.directives.length ? `with ${retry.directives.length} pending directive${retry.directives.length === 1 ? '' : 's'} (${retry.directives.map((key) => `\`${key}\``).join(', ')}), now marked picked up` : 'with no pending directives';
  return `Dispatched ${workflow} again for \`${branch}\` ${what}.${retry.note ? ` Note: ${retry.note}.` : ''}`;
}
