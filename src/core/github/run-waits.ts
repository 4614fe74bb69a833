import { getSection, type RunDocument } from '../run-document/document-model.ts';
import type { PatchBody } from '../run-document/patch-types.ts';

/**
 * What a run is waiting for, kept in the run document itself (no memory in the App): a retry dispatch
 * not yet picked up by a runner (the status detail, which the runner replaces when it starts), and a
 * plan waiting for `/shopfloor approve` (Conductor lines, which nobody rewrites).
 */
const retryDetail = /^retry ([A-Za-z0-9-]{1,100}) dispatched\b/;
const planRequiredLine = 'Plan approval required:';
const planApprovedLine = /^Plan approved by @([A-Za-z0-9-]+)/m;

/** The status a retry dispatch leaves until a runner starts (and sets `running`). */
export function retryDispatchedStatus(dispatchKey: string): PatchBody {
  return { kind: 'set-status', status: 'waiting', detail: `retry ${dispatchKey} dispatched; waiting for a runner to pick it up` };
}

/** The key of a retry dispatched and not yet picked up by a runner, if any. */
export function pendingRetry(document: RunDocument): string | undefined {
  return document.status === 'waiting' ? retryDetail.exec(document.statusDetail)?.[1] : undefined;
}

/**
 * Conductor line and status for a run whose plan must be approved before it is implemented. The line
 * names the commit the `shopfloor/workorder` check run is on, so the approval can move that check on.
 */
export function planApprovalRequired(issueNumber: number, checkSha: string): readonly PatchBody[] {
  return [
    { kind: 'append-log-line', section: 'conductor', target: 'canon', text: `${planRequiredLine} the coordinator and architect post the plan here first; a write user comments \`/shopfloor approve\` on issue #${issueNumber} to implement it (work order commit ${checkSha}).` },
    { kind: 'set-status', status: 'waiting', detail: 'waiting for plan approval' },
  ];
}

/** Conductor line and status once the plan is approved and the implement phase dispatched. */
export function planApproved(user: string, permission: string): readonly PatchBody[] {
  return [
    { kind: 'append-log-line', section: 'conductor', target: 'canon', text: `Plan approved by @${user} (${permission}); dispatched the implement phase.` },
    { kind: 'set-status', status: 'waiting', detail: 'plan approved; waiting for a runner to pick up the implement job' },
  ];
}

export type PlanApprovalState = { readonly kind: 'not-required' } | { readonly kind: 'waiting'; readonly checkSha?: string } | { readonly kind: 'approved'; readonly by: string };

/** Whether this run waits for a plan approval, got one, or never needed one. */
export function planApprovalState(document: RunDocument): PlanApprovalState {
  const conductor = getSection(document, 'conductor').canon;
  const approved = planApprovedLine.exec(conductor);
  if (approved) return { kind: 'approved', by: approved[1]! };
  const required = conductor.split('\n').find((line) => line.startsWith(planRequiredLine));
  if (!required) return { kind: 'not-required' };
  const sha = /\(work order commit ([0-9a-f]{40})\)\.$/.exec(required)?.[1];
  return sha ? { kind: 'waiting', checkSha: sha } : { kind: 'waiting' };
}
