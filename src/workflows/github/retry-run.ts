import { planPickUp } from '../../core/github/run-directives.ts';
import { pendingRetry, retryDispatchedStatus } from '../../core/github/run-waits.ts';
import { finalRunStatuses } from '../../core/run-document/document-model.ts';
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

export type RetryOutcome =
  | { readonly dispatched: true; readonly directives: readonly string[]; readonly recorded: boolean; readonly note?: string }
  | { readonly dispatched: false; readonly reason: string };

/**
 * Dispatches the implement workflow again for an agent PR with the run's pending directives, then ticks
 * them as picked up and marks the run as waiting for that retry, in one comment write. Dispatch comes
 * first: if the write then fails the directives stay pending and the next retry sends them again
 * (at least once, never lost). The inputs are the implement workflow's contract:
 * `work_order`, `branch`, `run_id`, `retry: 'true'`, `retry_key` and `directives` (comma-separated
 * directive keys such as `comment-5001,review-77`; the job reads their text from the run document with
 * `readPendingDirectivesFromRunDocument(text, retry_key)`).
 */
export async function retryRun(deps: GitHubAppDeps, request: RetryRequest): Promise<RetryOutcome> {
  const { repo, pull, agent, dispatchKey } = request;
  const runId = `${agent.workOrderId}-${agent.shortId}`;
  const found = request.run ? { ok: true as const, value: request.run } : await findRunComment(deps, repo, runDocumentPlaces(pull.number, agent.workOrderId), runId);
  const run = found.ok ? found.value : undefined;
  if (run && pendingRetry(run.document) === dispatchKey) return { dispatched: false, reason: `retry \`${dispatchKey}\` is waiting for a runner` };
  const open = run && !finalRunStatuses.includes(run.document.status);
  const pickUp = run ? planPickUp(run.document, dispatchKey) : undefined;
  const keys = pickUp?.keys ?? [];
  const base = await deps.forge.getDefaultBranch(repo);
  await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, {
    work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: 'true', retry_key: dispatchKey, directives: keys.join(','),
  });
  if (!run || !open) {
    const note = run ? `run \`${runId}\` has ended (${run.document.status}), so its directives stay listed as pending` : `${found.ok ? '' : found.reason}; no directives went with it`;
    return { dispatched: true, directives: keys, recorded: false, note };
  }
  await writeRunComment(deps, run, [...(pickUp ? [pickUp.patch] : []), retryDispatchedStatus(dispatchKey)], `retry-${dispatchKey}`);
  return { dispatched: true, directives: keys, recorded: true };
}

/** The reply to `/shopfloor retry`: what was dispatched and which directives went with it. */
export function describeRetry(workflow: string, branch: string, retry: RetryOutcome): string {
  if (!retry.dispatched) return `Dispatched ${workflow} for \`${branch}\` already (${retry.reason}); nothing was sent twice.`;
  const what = retry.directives.length ? `with ${retry.directives.length} pending directive${retry.directives.length === 1 ? '' : 's'} (${retry.directives.map((key) => `\`${key}\``).join(', ')}), now marked picked up` : 'with no pending directives';
  return `Dispatched ${workflow} again for \`${branch}\` ${what}.${retry.note ? ` Note: ${retry.note}.` : ''}`;
}
