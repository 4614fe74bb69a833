import { createRunDocument, finalRunStatuses } from '../run-document/document-model.ts';
import { applySystemPatches } from '../run-document/apply-system-patches.ts';
import type { PatchBody } from '../run-document/patch-types.ts';
import { claimLeaseMs, withSeen, type RunState } from './run-state.ts';

export interface IntakeTrigger {
  readonly runId: string;
  readonly objective: string;
  readonly issueNumber: number;
  /** What started this intake, unique per event (the delivery id, or `comment-<id>` for `/shopfloor run`). */
  readonly trigger: string;
  /** This handling of the trigger (trigger and App instance): only its holder acts on a claim. */
  readonly by: string;
  /** ISO time now. */
  readonly now: string;
}

/**
 * What intake does given the run's stored state:
 * - `start`: no live attempt, so this handling claims attempt `attempt` (write `next`, then act);
 * - `resume`: this handling already holds the claim (its write landed before a lost race was retried);
 * - `live`: another handling's attempt is live; `next` records "already running" once per trigger.
 */
export type IntakeDecision =
  | { readonly kind: 'start'; readonly attempt: number; readonly next: RunState }
  | { readonly kind: 'resume'; readonly attempt: number }
  | { readonly kind: 'live'; readonly attempt: number; readonly next?: RunState; readonly line?: string };

/**
 * A trigger on a live run continues it: re-labelling, `/shopfloor run` or a redelivery after a restart
 * never starts a second attempt while one is live. A new attempt starts when there is no state, when the
 * run has ended (completed, failed, cancelled), or when a claim was never finished and its holder has
 * been silent for `claimLeaseMs` (it died). The fresh document keeps counting revisions from the old one.
 */
export function planIntake(current: RunState | undefined, trigger: IntakeTrigger): IntakeDecision {
  const claim = current?.intake;
  if (claim?.by === trigger.by) return { kind: 'resume', attempt: claim.attempt };
  const ended = current !== undefined && finalRunStatuses.includes(current.document.status);
  const stale = claim?.step === 'claimed' && Date.parse(trigger.now) - Date.parse(claim.at) > claimLeaseMs;
  if (current && claim && !ended && !stale) {
    if (current.seen.includes(trigger.trigger)) return { kind: 'live', attempt: claim.attempt };
    const line = `${trigger.trigger}: already running, attempt ${claim.attempt} is live (${claim.step === 'dispatched' ? 'dispatched' : 'being started'}); nothing was dispatched again. Comment \`/shopfloor retry\` on its pull request to run the agent again.`;
    const document = applySystemPatches(current.document, [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text: line }], `live-${trigger.trigger}`);
    return { kind: 'live', attempt: claim.attempt, line, next: { ...current, document, seen: withSeen(current, trigger.trigger) } };
  }
  const attempt = stale ? claim!.attempt : (current?.attempt ?? 0) + 1;
  const fresh = { ...createRunDocument(trigger.runId, trigger.objective), revision: current?.document.revision ?? 0 };
  const lines: PatchBody[] = [
    { kind: 'set-status', status: 'running', detail: 'work order received' },
    { kind: 'mark-section-state', section: 'conductor', state: 'active' },
    ...(stale ? [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text: `${trigger.trigger}: took over attempt ${attempt}, whose start by ${claim!.by} never finished.` } as const] : []),
    ...(current && !stale ? [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text: `${trigger.trigger}: attempt ${attempt} starts; attempt ${current.attempt} ended (${current.document.status}).` } as const] : []),
  ];
  const document = applySystemPatches(stale ? current!.document : fresh, lines, `attempt-${attempt}-${trigger.trigger}`);
  const seen = current ? withSeen(current, trigger.trigger) : [trigger.trigger];
  return { kind: 'start', attempt, next: { document, attempt, seen, intake: { attempt, by: trigger.by, at: trigger.now, step: 'claimed' }, view: current?.view ?? { issueNumber: trigger.issueNumber } } };
}
