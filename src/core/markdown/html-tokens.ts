/** One piece of raw HTML, with offsets into the string it was read from. */
export type HtmlToken =
  | { readonly type: 'comment' | 'declaration' | 'instruction' | 'cdata' | 'text'; readonly start: number; readonly end: number }
  | { readonly type: 'open'; readonly start: number; readonly end: number; readonly name: string; readonly attributes: readonly HtmlAttribute[]; readonly selfClosing: boolean }
  | { readonly type: 'close'; readonly start: number; readonly end: number; readonly name: string };

export interface HtmlAttribute {
  readonly name: string;
  /** Raw value (character references not decoded); empty for a bare attribute. */
  readonly value: string;
  /** Offsets of the whole attribute, leading whitespace included, so it can be cut out cleanly. */
  readonly start: number;
  readonly end: number;
}

/** Elements that never hold content, so they open nothing that a later tag closes. */
export const voidElements: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const attribute = /(\s+)([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

/** Where a construct that starts with `open` ends, or the end of the text when it never closes (the browser hides the rest). */
function until(html: string, from: number, close: string): number {
  const at = html.indexOf(close, from);
  return at < 0 ? html.length : at + close.length;
}

function readTag(html: string, start: number): HtmlToken | undefined {
  const close = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>/.exec(html.slice(start, start + 256));
  if (close) return { type: 'close', start, end: start + close[0].length, name: close[1]!.toLowerCase() };
  const open = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(start, start + 256));
  if (!open) return undefined;
  const attributes: HtmlAttribute[] = [];
  let at = start + open[0].length;
  for (;;) {
    attribute.lastIndex = at;
    const match = attribute.exec(html);
    if (!match) break;
    attributes.push({ name: match[2]!.toLowerCase(), value: match[3] ?? match[4] ?? match[5] ?? '', start: at, end: at + match[0].length });
    at += match[0].length;
  }
  const end = /^\s*(\/?)>/.exec(html.slice(at, at + 64));
  if (!end) return undefined;
  return { type: 'open', start, end: at + end[0].length, name: open[1]!.toLowerCase(), attributes, selfClosing: end[1] === '/' };
}

/**
 * Splits raw HTML (a Markdown `html` node, or decoded text) into tags, comments, declarations (`<!x …>`),
 * processing instructions (`<?…?>`), CDATA and text, the way a browser reads them: an unclosed comment
 * runs to the end. Anything that is not a well-formed tag is text.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = 0;
  let at = 0;
  const push = (token: HtmlToken) => {
    if (text < token.start) tokens.push({ type: 'text', start: text, end: token.start });
    tokens.push(token);
    at = text = token.end;
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    // `<!-->` and `<!--->` are whole (empty) comments to a browser.
    const empty = /^<!---?>/.exec(html.slice(lt, lt + 6))?.[0];
    if (empty) push({ type: 'comment', start: lt, end: lt + empty.length });
    else if (html.startsWith('<!--', lt)) push({ type: 'comment', start: lt, end: until(html, lt + 4, '-->') });
    else if (html.startsWith('<![CDATA[', lt)) push({ type: 'cdata', start: lt, end: until(html, lt + 9, ']]>') });
    else if (html.startsWith('<!', lt)) push({ type: 'declaration', start: lt, end: until(html, lt + 2, '>') });
    else if (html.startsWith('<?', lt)) push({ type: 'instruction', start: lt, end: until(html, lt + 2, '>') });
    else {
      const tag = readTag(html, lt);
      if (tag) push(tag);
      else at = lt + 1;
    }
  }
  if (text < html.length) tokens.push({ type: 'text', start: text, end: html.length });
  return tokens;
}
