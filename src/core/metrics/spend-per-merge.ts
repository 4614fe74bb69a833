import type { MergeRecord, SpendPerMerge, SpendRecord } from './metrics-types.ts';

/**
 * What the agents spent per merged work order: for each work order merged in the window (reverts aside)
 * that has spend records, all its runs' spend, failed attempts included; undefined when none has any.
 */
export function spendPerMerge(merges: readonly MergeRecord[], spends: readonly SpendRecord[]): SpendPerMerge | undefined {
  const merged = new Set(merges.filter((merge) => !merge.reverts).flatMap((merge) => merge.workOrders));
  const counted = spends.filter((spend) => merged.has(spend.workOrder));
  const workOrders = new Set(counted.map((spend) => spend.workOrder)).size;
  if (workOrders === 0) return undefined;
  const costUsd = counted.reduce((sum, spend) => sum + spend.costUsd, 0);
  return { workOrders, costUsd, tokens: counted.reduce((sum, spend) => sum + spend.tokens, 0), meanUsd: costUsd / workOrders };
}
