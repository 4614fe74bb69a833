import type { Annotation } from '../gate-spec.ts';

// `src/a.ts(3,7): error TS2322: msg` (plain) and `src/a.ts:3:7 - error TS2322: msg` (--pretty).
const plain = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
const pretty = /^(.+?):(\d+):(\d+) - (error|warning|message) (TS\d+): (.*)$/;

/** TypeScript compiler diagnostics, both the plain and the `--pretty` layout (colours stripped first). */
export function parseTsc(output: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = plain.exec(line) ?? pretty.exec(line);
    if (!match) continue;
    const [, path, row, col, level, code, message] = match;
    found.push({ path: path!.trim(), line: Number(row), column: Number(col), level: level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice', message: message!, title: code! });
  }
  return found;
}
