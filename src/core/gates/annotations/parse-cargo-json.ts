import type { Annotation } from '../gate-spec.ts';

interface CargoSpan {
  readonly file_name: string;
  readonly line_start: number;
  readonly line_end?: number;
  readonly column_start?: number;
  readonly is_primary?: boolean;
}

/** rustc `--error-format=json` lines and cargo `--message-format=json` `compiler-message` records. */
export function parseCargoJson(output: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of output.split(/\r?\n/)) {
    if (!line.startsWith('{')) continue;
    let record: { reason?: string; message?: unknown; level?: string; spans?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      continue;
    }
    const diagnostic = (record.reason === 'compiler-message' ? record.message : record) as { level?: string; message?: string; code?: { code?: string } | null; spans?: CargoSpan[] } | undefined;
    if (!diagnostic || typeof diagnostic.message !== 'string' || !Array.isArray(diagnostic.spans)) continue;
    const span = diagnostic.spans.find((s) => s.is_primary) ?? diagnostic.spans[0];
    if (!span) continue;
    const level = diagnostic.level === 'error' || diagnostic.level === 'error: internal compiler error' ? 'error' : diagnostic.level === 'warning' ? 'warning' : 'notice';
    found.push({
      path: span.file_name, line: span.line_start, ...(span.column_start ? { column: span.column_start } : {}), ...(span.line_end ? { endLine: span.line_end } : {}),
      level, message: diagnostic.message, ...(diagnostic.code?.code ? { title: diagnostic.code.code } : {}),
    });
  }
  return found;
}
