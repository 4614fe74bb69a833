import type { CanaryVerdictKind } from '../../core/canary/canary-types.ts';
import type { CanaryRecord, MergeAttemptRecord, MergeAttemptResult, SpendRecord } from '../../core/metrics/metrics-types.ts';
import type { RepoFiles } from '../../ports/repo-files.ts';

/** Where run records live: JSON Lines files, one record a line, appended by the merge queue and canary. */
export const runRecordsDirectory = '.shopfloor/records';

const results: readonly MergeAttemptResult[] = ['merged', 'held', 'failed'];
const verdicts: readonly CanaryVerdictKind[] = ['GREEN', 'RED', 'FLAKY', 'INCONCLUSIVE', 'ENVIRONMENT'];

/**
 * Reads `.shopfloor/records/*.jsonl`. Shapes (other types and malformed lines are skipped, counted):
 * - `{"type":"merge-attempt","at":"<ISO>","workOrder":"wo-1","result":"merged"|"held"|"failed","reasons":["approval-missing"]}`
 *   (`reasons` on held and failed decisions; records from before holds were recorded have none)
 * - `{"type":"canary","at":"<ISO>","sha":"<commit>","verdict":"GREEN"|"RED"|"FLAKY"|"INCONCLUSIVE"|"ENVIRONMENT"}`
 * - `{"type":"agent-spend","at":"<ISO>","workOrder":"wo-1","costUsd":0.04,"tokens":6715,"turns":4}`
 */
export async function readRunRecords(files: RepoFiles): Promise<{ attempts: MergeAttemptRecord[]; canaries: CanaryRecord[]; spends: SpendRecord[]; skipped: number }> {
  const attempts: MergeAttemptRecord[] = [];
  const canaries: CanaryRecord[] = [];
  const spends: SpendRecord[] = [];
  let skipped = 0;
  for (const name of (await files.list(runRecordsDirectory)).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of ((await files.read(`${runRecordsDirectory}/${name}`)) ?? '').split('\n')) {
      if (!line.trim()) continue;
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        skipped++;
        continue;
      }
      const atMs = typeof record.at === 'string' ? Date.parse(record.at) : NaN;
      if (record.type === 'merge-attempt' && !Number.isNaN(atMs) && results.includes(record.result as MergeAttemptResult)) {
        const reasons = Array.isArray(record.reasons) ? record.reasons.filter((r): r is string => typeof r === 'string') : [];
        attempts.push({ atMs, result: record.result as MergeAttemptResult, ...(typeof record.workOrder === 'string' ? { workOrder: record.workOrder } : {}), ...(reasons.length ? { reasons } : {}) });
      } else if (record.type === 'canary' && !Number.isNaN(atMs) && typeof record.sha === 'string' && verdicts.includes(record.verdict as CanaryVerdictKind)) {
        canaries.push({ sha: record.sha, atMs, verdict: record.verdict as CanaryVerdictKind });
      } else if (record.type === 'agent-spend' && !Number.isNaN(atMs) && typeof record.workOrder === 'string' && isAmount(record.costUsd) && isAmount(record.tokens)) {
        spends.push({ atMs, workOrder: record.workOrder, costUsd: record.costUsd, tokens: record.tokens });
      } else skipped++;
    }
  }
  return { attempts, canaries, spends, skipped };
}

const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
