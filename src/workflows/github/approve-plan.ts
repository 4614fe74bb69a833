import type { RepoPermission } from '../../core/github/authorize-command.ts';
import { issueRunIdentity, workOrderIdForIssue } from '../../core/github/issue-names.ts';
import { planApprovalState, planApproved } from '../../core/github/run-waits.ts';
import { finalRunStatuses } from '../../core/run-document/document-model.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { workOrderCheckName } from './intake-issue.ts';
import { findRun, patchRun } from './patch-run.ts';

export interface PlanApproval {
  readonly repo: string;
  readonly issueNumber: number;
  /** Already authorised by the caller: write or above, not a bot. */
  readonly user: string;
  readonly permission: RepoPermission;
}

/**
 * `/shopfloor approve` on an issue whose run waits for plan approval (`merge.planApproval: required`):
 * dispatches the implement workflow with `phase: implement` exactly once (the approval is recorded in
 * the run document's Conductor section, so a second approve or a redelivery dispatches nothing) and
 * moves the `shopfloor/workorder` check run on. Returns the reply text.
 */
export async function approvePlan(deps: GitHubAppDeps, approval: PlanApproval): Promise<{ allowed: boolean; text: string }> {
  const { forge, settings } = deps;
  const { repo, issueNumber } = approval;
  const workOrderId = workOrderIdForIssue(issueNumber);
  const { branch, runId } = issueRunIdentity(repo, issueNumber, workOrderId, deps.sha256);
  const found = await findRun(deps, repo, runId);
  if (!found.ok) return { allowed: false, text: `Not done: nothing on this issue waits for a plan approval (${found.reason}). To approve an agent's work, comment on its pull request.` };
  const { document } = found.value.state;
  const state = planApprovalState(document);
  if (state.kind === 'approved') return { allowed: true, text: `The plan of run \`${runId}\` was already approved by @${state.by}; the implement phase was dispatched then, not again.` };
  if (state.kind === 'not-required') return { allowed: false, text: `Not done: run \`${runId}\` does not wait for a plan approval. To approve the agent's work, comment on its pull request.` };
  if (finalRunStatuses.includes(document.status)) return { allowed: false, text: `Not done: run \`${runId}\` has ended (${document.status}); add the \`shopfloor\` label again to start over.` };
  // Recorded first, by compare-and-swap: of all replicas handling approvals, only the one whose write landed dispatches.
  const approved = await patchRun(deps, repo, runId, `plan-approved-${approval.user}`, (now) => (planApprovalState(now.document).kind === 'waiting' && !finalRunStatuses.includes(now.document.status) ? { patches: planApproved(approval.user, approval.permission) } : undefined), found.value);
  if (!approved.ok) return { allowed: false, text: `Not done: ${approved.reason}.` };
  const after = planApprovalState(approved.value.state.document);
  if (!approved.written) return { allowed: true, text: after.kind === 'approved' ? `The plan of run \`${runId}\` was already approved by @${after.by}; the implement phase was dispatched then, not again.` : `Not done: run \`${runId}\` changed meanwhile (${approved.value.state.document.status}).` };
  const base = await forge.getDefaultBranch(repo);
  await forge.dispatchWorkflow(repo, settings.implementWorkflow, base.name, { work_order: workOrderId, branch, run_id: runId, issue: String(issueNumber), phase: 'implement' });
  if (state.checkSha) {
    await forge.ensureCheckRun(repo, {
      name: workOrderCheckName, headSha: state.checkSha, status: 'in_progress', externalId: runId,
      output: { title: `Work order ${workOrderId}: plan approved, queued for an implementer`, summary: `Plan approved by @${approval.user}; dispatched ${settings.implementWorkflow} (phase implement) for \`${branch}\`. The run document is on issue #${issueNumber}.` },
    });
  }
  return { allowed: true, text: `Plan approved by @${approval.user} (${approval.permission}); dispatched ${settings.implementWorkflow} to implement it on \`${branch}\`.` };
}
