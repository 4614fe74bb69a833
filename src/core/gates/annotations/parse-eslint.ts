import type { Annotation } from '../gate-spec.ts';

interface EslintFileResult {
  readonly filePath: string;
  readonly messages: readonly { line?: number; column?: number; severity?: number; message?: string; ruleId?: string | null }[];
}

/** ESLint's `--format json` output: an array of files, each with its messages. */
export function parseEslintJson(output: string): Annotation[] {
  const start = output.indexOf('[{');
  if (start < 0) return [];
  let data: unknown;
  try {
    data = JSON.parse(output.slice(start, output.lastIndexOf(']') + 1));
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return (data as EslintFileResult[]).flatMap((file) =>
    (Array.isArray(file?.messages) ? file.messages : []).map((m) => ({
      path: String(file.filePath), line: m.line ?? 1, column: m.column ?? 1, level: m.severity === 2 ? ('error' as const) : ('warning' as const),
      message: String(m.message ?? ''), ...(m.ruleId ? { title: m.ruleId } : {}),
    })),
  );
}

const stylishRow = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;

/** ESLint's default `stylish` output: a file path line, then indented `line:col  level  message  rule` rows. */
export function parseEslintStylish(output: string): Annotation[] {
  const found: Annotation[] = [];
  let file: string | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (/^\S/.test(line) && !/^[✖✓]/.test(line) && !line.includes('problem')) {
      file = line.trim();
      continue;
    }
    const match = stylishRow.exec(line);
    if (!match || !file) continue;
    const [, row, col, level, message, rule] = match;
    found.push({ path: file, line: Number(row), column: Number(col), level: level as 'error' | 'warning', message: message!, ...(rule ? { title: rule } : {}) });
  }
  return found;
}
