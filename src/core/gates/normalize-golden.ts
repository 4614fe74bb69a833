import { stripAnsi } from './annotations/parse-annotations.ts';

/**
 * Output normalised for golden comparison: no colours, LF line ends, no trailing blanks, and the parts
 * that differ between runs replaced by placeholders (the checkout path, ISO timestamps, durations,
 * hex digests of 12+ characters).
 */
export function normalizeGolden(output: string, root: string): string {
  let text = stripAnsi(output).replace(/\r\n?/g, '\n');
  if (root) text = text.split(root).join('<root>');
  text = text
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, '<time>')
    .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g, '<duration>')
    .replace(/\b[0-9a-f]{12,64}\b/g, '<hex>');
  return `${text.split('\n').map((line) => line.trimEnd()).join('\n').trimEnd()}\n`;
}

/** The first differing line between the recorded and the actual text, for a message a user can act on. */
export function firstDifference(expected: string, actual: string): { line: number; expected: string; actual: string } | undefined {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, expected: a[i] ?? '<end of file>', actual: b[i] ?? '<end of output>' };
  }
  return undefined;
}
