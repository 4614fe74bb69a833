import type { WorkOrderProgress } from './work-order-progress.ts';

const marks: Readonly<Record<WorkOrderProgress['state'], string>> = {
  waiting: '·', ready: '·', dispatched: '→', implementing: '…', verifying: '…', merging: '…', merged: '✓', done: '✓', held: '⏸', failed: '✗', reverted: '↩', blocked: '⛔',
};

/** The elapsed time of a row as the terminal shows it: `12.3s`, or blank before it starts. */
export function elapsedText(row: WorkOrderProgress, nowMs: number): string {
  if (row.startedAtMs === undefined) return '';
  return `${(((row.finishedAtMs ?? nowMs) - row.startedAtMs) / 1000).toFixed(1)}s`;
}

/** One line per work order: mark, id, state, elapsed, gate results; held ones get their reasons below. */
export function renderLoopSummary(rows: readonly WorkOrderProgress[], nowMs: number): string[] {
  const width = Math.max(8, ...rows.map((r) => r.id.length));
  const lines: string[] = [];
  for (const row of rows) {
    const gates = row.gates.map((g) => `${g.id}:${g.status}`).join(' ');
    lines.push(`${marks[row.state]} ${row.id.padEnd(width)} ${row.state.padEnd(12)} ${elapsedText(row, nowMs).padStart(7)}  ${gates}${row.detail ? `  ${row.detail}` : ''}`.trimEnd());
    for (const refused of row.refused) lines.push(`    refused: ${refused}`);
    for (const hold of row.holds) lines.push(`    held: ${hold.message} — release: ${hold.releaseBy}`);
  }
  return lines;
}
