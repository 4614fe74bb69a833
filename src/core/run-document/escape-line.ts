/**
 * Body text is stored line by line under the section headings. A line that could be read as structure
 * (a heading, an HTML comment such as `<!-- revision:9 -->`, a code fence) gets one backslash in front
 * of the marker, after any indentation; a line that already looks escaped gets one more. This is
 * Markdown's own escape, so GitHub shows the text as the worker printed it, and it is a bijection:
 * `unescapeLine(escapeLine(x)) === x` for every line x.
 */
const needsEscape = /^([ \t]*)(\\*(?:#|<!--|```|~~~))/;
const escaped = /^([ \t]*)\\(\\*(?:#|<!--|```|~~~))/;

export function escapeLine(line: string): string {
  return line.replace(needsEscape, '$1\\$2');
}

export function unescapeLine(line: string): string {
  return line.replace(escaped, '$1$2');
}

/** Section text as stored lines: every line of the text, each later ended by a newline; '' is none. */
export function textToLines(text: string): string[] {
  return text === '' ? [] : text.split('\n').map(escapeLine);
}

export function linesToText(lines: readonly string[]): string {
  return lines.map(unescapeLine).join('\n');
}

/** One-line header values (status detail) keep `%`, `>` and line breaks out of the HTML comment. */
export function encodeHeaderValue(text: string): string {
  return text.replace(/[%>\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function decodeHeaderValue(text: string): string {
  return text.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
