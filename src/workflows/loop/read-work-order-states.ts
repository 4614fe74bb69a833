import { chooseAttempt, type AttemptFact } from '../../core/loop/choose-attempt.ts';
import type { ApprovalFact } from '../../core/merge/merge-facts.ts';
import type { Git } from '../../ports/git.ts';
import type { LoadedWorkOrder } from '../verify/verify-types.ts';
import { gatherAttempts } from './gather-attempts.ts';
import { readPreAgentHolds } from './pre-agent-holds.ts';
import { readLoopFacts, type LoopFacts } from './read-loop-facts.ts';

/**
 * A work order whose newest attempt was held and that nothing has released since (retry, edit, approval,
 * accepted drop), or that was held before any agent work (no implementer): then there is no attempt.
 */
export interface HeldWorkOrder {
  readonly attempt?: AttemptFact;
  /** What releases a hold made before any agent work (the attempt holds say it from their record). */
  readonly releaseBy?: string;
  readonly runId: string;
  readonly reasons: readonly string[];
  readonly codes: readonly string[];
}

/** Where each work order stands according to git: what `shopfloor run` plans from and `shopfloor roadmap` shows. */
export interface WorkOrderStates {
  readonly facts: LoopFacts;
  /** Merged into main by `Work-Order:` trailer and not reverted since. */
  readonly merged: ReadonlySet<string>;
  /** Merged, then reverted on main. */
  readonly reverted: ReadonlySet<string>;
  readonly held: ReadonlyMap<string, HeldWorkOrder>;
}

/**
 * Reads the live states from git alone: merges and reverts from main's first-parent history, holds from
 * the attempt notes on agent branches (for the work order as it is now, with the approvals recorded for
 * that exact commit) and, for work orders held before any agent work, from the notes on their committed
 * files (under the policy as it is now, `policyText`). Work orders in `releasing` (named by `--retry` or
 * `--accept-drop`) are never held.
 */
export async function readWorkOrderStates(
  git: Git,
  repoDir: string,
  main: string,
  workOrders: readonly LoadedWorkOrder[],
  deps: { readonly hash: (text: string) => string; readonly policyText: string; readonly approvalsFor: (workOrderId: string) => Promise<readonly ApprovalFact[]>; readonly releasing?: ReadonlySet<string> },
): Promise<WorkOrderStates> {
  const facts = await readLoopFacts(git, repoDir, main);
  const landed = [...facts.merged.values()];
  const merged = new Set(landed.filter((m) => !facts.reverted.has(m.mergeSha)).map((m) => m.workOrderId));
  const reverted = new Set(landed.filter((m) => facts.reverted.has(m.mergeSha)).map((m) => m.workOrderId));
  const held = new Map<string, HeldWorkOrder>();
  for (const { value, text } of workOrders) {
    const branches = facts.branches.get(value.id);
    if (!branches || merged.has(value.id) || reverted.has(value.id) || deps.releasing?.has(value.id)) continue;
    const attempts = await gatherAttempts(git, repoDir, facts.mainSha, branches, await deps.approvalsFor(value.id));
    const choice = chooseAttempt(attempts, { workOrderHash: `sha256:${deps.hash(text)}`, retry: false, acceptDrop: false, policyDigest: `sha256:${deps.hash(deps.policyText)}` });
    if (choice.kind !== 'held') continue;
    const record = choice.attempt.record!.held!;
    held.set(value.id, { attempt: choice.attempt, runId: record.runId, reasons: record.reasons, codes: record.codes ?? [] });
  }
  const open = workOrders.filter(({ value }) => !held.has(value.id) && !merged.has(value.id) && !reverted.has(value.id) && !deps.releasing?.has(value.id));
  const preAgent = await readPreAgentHolds(git, repoDir, facts.mainSha, open.map(({ value, file, text }) => ({ id: value.id, file, workOrderHash: `sha256:${deps.hash(text)}` })), `sha256:${deps.hash(deps.policyText)}`);
  for (const [id, hold] of preAgent) held.set(id, { runId: hold.runId, reasons: hold.reasons, codes: hold.reasons.map(() => 'held'), releaseBy: hold.releaseBy });
  return { facts, merged, reverted, held };
}
