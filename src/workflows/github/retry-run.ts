import { directiveKey, planPickUp, readRunDirectives, releaseRetry } from '../../core/github/run-directives.ts';
import { pendingRetry, retryDispatchedStatus } from '../../core/github/run-waits.ts';
import { finalRunStatuses, getSection } from '../../core/run-document/document-model.ts';
import { runIdOf } from '../../core/loop/agent-branch.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { findRun, patchRun } from './patch-run.ts';
import type { LoadedRunState } from './update-run-state.ts';

export interface RetryRequest {
  readonly repo: string;
  readonly pull: PullRequestInfo;
  readonly agent: { readonly workOrderId: string; readonly shortId: string };
  /** Names this dispatch (`retry-comment-<id>`, `auto-review-<id>`); recorded in the run document. */
  readonly dispatchKey: string;
  /** The run's state when the caller just read or wrote it. */
  readonly run?: LoadedRunState;
}

/** `sent: false` when an earlier delivery (on any replica) of the same request dispatched it (the run still waits for it). */
export interface RetryOutcome {
  readonly sent: boolean;
  /** Keys of the directives that went with the retry. */
  readonly directives: readonly string[];
  /** Whether the run document records the retry (false when it has none or the run has ended). */
  readonly recorded: boolean;
  readonly note?: string;
}

/**
 * Dispatches the implement workflow again for an agent PR. The retry is first recorded in the run state
 * by compare-and-swap (pending directives ticked as picked up by `dispatchKey`, the run waiting for that
 * retry): only the handling whose write landed dispatches, so replicas that got the same delivery send
 * it once. A dispatch that fails is written back as not sent, its directives pending again, so none is
 * lost. Inputs: `work_order`, `branch`, `run_id`, `retry: 'true'` and `issue` (where the run's tracking
 * comment is); the job reads what to act on from the run state.
 */
export async function retryRun(deps: GitHubAppDeps, request: RetryRequest): Promise<RetryOutcome> {
  const { repo, pull, agent, dispatchKey } = request;
  const runId = runIdOf(agent);
  const found = request.run ? { ok: true as const, value: request.run } : await findRun(deps, repo, runId);
  const base = await deps.forge.getDefaultBranch(repo);
  const run = found.ok ? found.value : undefined;
  if (!run || finalRunStatuses.includes(run.state.document.status)) {
    await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: 'true', issue: String(run?.state.view?.issueNumber ?? pull.number) });
    const note = run ? `run \`${runId}\` has ended (${run.state.document.status}), so its directives stay listed as pending` : `${found.ok ? '' : found.reason}; no directives went with it`;
    return { sent: true, directives: [], recorded: false, note };
  }
  let keys: readonly string[] = [];
  const claimed = await patchRun(deps, repo, runId, `retry-${dispatchKey}`, (state) => {
    if (pendingRetry(state.document) === dispatchKey || finalRunStatuses.includes(state.document.status)) return undefined;
    const pickUp = planPickUp(state.document, dispatchKey);
    keys = pickUp?.keys ?? [];
    return { patches: [...(pickUp ? [pickUp.patch] : []), retryDispatchedStatus(dispatchKey)] };
  }, run);
  if (!claimed.ok) throw new Error(`run ${runId}: ${claimed.reason}`);
  const picked = readRunDirectives(getSection(claimed.value.state.document, 'user').canon).filter((d) => d.pickedUpBy === dispatchKey).map(directiveKey);
  if (!claimed.written) return { sent: false, directives: picked, recorded: true };
  try {
    await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: 'true', issue: String(claimed.value.state.view?.issueNumber ?? pull.number) });
  } catch (error) {
    await patchRun(deps, repo, runId, `retry-failed-${dispatchKey}`, (state) => (pendingRetry(state.document) === dispatchKey ? { patches: releaseRetry(state.document, dispatchKey, String((error as Error).message ?? error)) } : undefined));
    throw error;
  }
  return { sent: true, directives: keys, recorded: true };
}

/** The reply to `/shopfloor retry`: what was dispatched and which directives went with it (the same text on a redelivery). */
export function describeRetry(workflow: string, branch: string, retry: RetryOutcome): string {
  const what = retry.directives.length ? `with ${retry.directives.length} pending directive${retry.directives.length === 1 ? '' : 's'} (${retry.directives.map((key) => `\`${key}\``).join(', ')}), now marked picked up` : 'with no pending directives';
  return `Dispatched ${workflow} again for \`${branch}\` ${what}.${retry.note ? ` Note: ${retry.note}.` : ''}`;
}
