import type { RevertPolicy } from '../policy/revert-schema.ts';
import type { CanaryVerdictKind } from '../canary/canary-types.ts';
import type { RevertLedger } from './revert-facts.ts';

export interface RevertMergeFacts {
  readonly gates: { readonly passed: boolean; readonly summary: string };
  /** The bisect's posterior for the culprit; undefined when a human named the merge. */
  readonly confidence?: number;
  readonly ledger: RevertLedger;
  /** The canary verdict on main with the revert applied, when the policy has a canary. */
  readonly canary?: CanaryVerdictKind;
}

/** Whether a created revert may merge without a human, and why (SafeRevert's separate gate). */
export interface RevertMergeDecision {
  readonly autoMerge: boolean;
  readonly reasons: readonly string[];
}

/**
 * A revert auto-merges only when its gates pass, the canary on main + revert is GREEN (when there is a
 * canary), the daily auto-merge quota has room, and (for a bisect's blame) the culprit's posterior
 * reaches `minConfidence`. Otherwise it waits for review.
 */
export function decideRevertMerge(facts: RevertMergeFacts, policy: RevertPolicy): RevertMergeDecision {
  const reasons: string[] = [];
  if (!facts.gates.passed) reasons.push(`the gates did not pass on the revert: ${facts.gates.summary}`);
  if (facts.ledger.autoMergedToday >= policy.maxAutoMergedPerDay) reasons.push(`the daily auto-merge quota is spent (${facts.ledger.autoMergedToday} of revert.maxAutoMergedPerDay ${policy.maxAutoMergedPerDay}); a human reviews this one`);
  if (facts.confidence !== undefined && facts.confidence < policy.minConfidence) reasons.push(`the culprit's confidence ${facts.confidence.toFixed(4)} is below revert.minConfidence ${policy.minConfidence}; open it as a draft for review`);
  if (facts.canary !== undefined && facts.canary !== 'GREEN') reasons.push(`the canary on main + the revert is ${facts.canary}, not GREEN: a second culprit or a misattribution; a human decides`);
  if (!policy.enabled) reasons.push('auto-revert is disabled in the repo policy');
  return reasons.length === 0 ? { autoMerge: true, reasons: [`gates passed (${facts.gates.summary})${facts.canary ? ', the canary on main + revert is GREEN' : ''} and the quota has room`] } : { autoMerge: false, reasons };
}
