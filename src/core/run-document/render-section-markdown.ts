import { escapeLine } from './escape-line.ts';

const opening = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/**
 * Section text as GitHub Markdown: a code fence the text opens and closes again is kept as a fence (so an
 * agent's "```ts" block shows as code), everything else is escaped line by line as stored. A fence never
 * closed inside the section stays escaped, so it cannot swallow the sections after it; inside a kept fence
 * only an HTML comment opener is still escaped (the hidden run state is an HTML comment).
 */
export function renderSectionMarkdown(lines: readonly string[], neutralize: (line: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = opening.exec(line);
    const backtickInfo = open && open[2]!.startsWith('`') && open[3]!.includes('`');
    const close = open && !backtickInfo ? findClose(lines, i + 1, open[2]!) : -1;
    if (close < 0) {
      out.push(neutralize(escapeLine(line)));
      continue;
    }
    out.push(line);
    for (const inner of lines.slice(i + 1, close)) out.push(neutralize(inner.replace(/^([ \t]*)(\\*<!--)/, '$1\\$2')));
    out.push(lines[close]!);
    i = close;
  }
  return out;
}

/** CommonMark's closing fence: the same character, at least as long, nothing after it but spaces. */
function findClose(lines: readonly string[], from: number, marker: string): number {
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  for (let i = from; i < lines.length; i++) if (closing.test(lines[i]!)) return i;
  return -1;
}
