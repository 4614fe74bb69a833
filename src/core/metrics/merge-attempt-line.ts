import type { HoldReason } from '../merge/merge-decision.ts';
import type { MergeAttemptResult } from './metrics-types.ts';

/** Hold reasons that mean the verdict failed (a gate failed, flaked or did not run), not that a person must decide. */
const failedVerdict: readonly HoldReason['code'][] = ['gate-failed', 'gate-flaky', 'gate-missing'];

/** What a held landing counts as in merge success: `failed` when the verdict failed, else `held`. */
export function heldResult(reasons: readonly HoldReason[]): MergeAttemptResult {
  return reasons.some((reason) => failedVerdict.includes(reason.code)) ? 'failed' : 'held';
}

/**
 * The `merge-attempt` run record of one merge decision on an agent branch: merged (no reasons), or held
 * or failed with the kinds of the reasons why (`shopfloor metrics` reads these lines back).
 */
export function mergeAttemptLine(workOrder: string, atMs: number, reasons: readonly HoldReason[] = []): Readonly<Record<string, unknown>> {
  const at = new Date(atMs).toISOString();
  if (reasons.length === 0) return { type: 'merge-attempt', at, workOrder, result: 'merged' };
  return { type: 'merge-attempt', at, workOrder, result: heldResult(reasons), reasons: [...new Set(reasons.map((reason) => reason.code))] };
}
