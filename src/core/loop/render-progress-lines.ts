import type { WorkOrderProgress } from './work-order-progress.ts';

/**
 * Plain progress lines for a log (CI, a pipe, `TERM=dumb`): one line per work order whose state changed
 * since `printed` (id -> state last printed), never a cursor code. Returns the lines and the new map.
 */
export function renderProgressLines(rows: readonly WorkOrderProgress[], printed: ReadonlyMap<string, string>, clock: string): { readonly lines: readonly string[]; readonly printed: ReadonlyMap<string, string> } {
  const next = new Map(printed);
  const lines: string[] = [];
  for (const row of rows) {
    if (printed.get(row.id) === row.state) continue;
    next.set(row.id, row.state);
    // Waiting and ready are where every work order starts; the final summary lists them.
    if (!printed.has(row.id) && (row.state === 'waiting' || row.state === 'ready')) continue;
    const gates = row.gates.length > 0 ? ` [${row.gates.map((g) => `${g.id}:${g.status}`).join(' ')}]` : '';
    lines.push(`${clock} ${row.id}: ${row.state}${gates}${row.detail ? ` (${row.detail})` : ''}`);
  }
  return { lines, printed: next };
}
