import { formatSeconds, statusMarks } from '../report/render-report-table.ts';
import type { GateResult } from './gate-spec.ts';

/** What the progress display knows about one gate. */
export type ProgressRow = { readonly id: string; readonly startedAt?: number; readonly attempt?: number; readonly result?: GateResult };

/** One line per gate: queued, running with elapsed time (and attempt), or its result. Pure: the caller redraws. */
export function renderProgress(rows: readonly ProgressRow[], now: number): string[] {
  const width = Math.max(4, ...rows.map((row) => row.id.length));
  return rows.map((row) => {
    const id = row.id.padEnd(width);
    if (row.result) return `${statusMarks[row.result.status]} ${id}  ${row.result.status.padEnd(7)} ${formatSeconds(row.result.durationMs)}${row.result.reason ? `  ${row.result.reason.split('\n')[0]!.slice(0, 90)}` : ''}`;
    if (row.startedAt !== undefined) return `… ${id}  running ${formatSeconds(now - row.startedAt)}${row.attempt && row.attempt > 1 ? `  (attempt ${row.attempt})` : ''}`;
    return `  ${id}  queued`;
  });
}
