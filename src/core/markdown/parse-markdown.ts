import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export type { Nodes, Root };

/**
 * Parses Markdown the way GitHub's renderer starts: CommonMark (micromark), with source offsets on every
 * node, emphasis aside (see below). Shopfloor reads meaning from what users write (commands, hidden text) through this, never with
 * regular expressions over the raw text.
 */
export function parseMarkdown(text: string, options: { readonly links?: boolean } = {}): Root {
  return fromMarkdown(text, { extensions: [options.links === false ? withoutLinks : withoutEmphasis] });
}

/**
 * Emphasis (`*`, `_`) is never parsed: what Shopfloor reads never depends on it (its delimiters stay
 * text), and micromark's delimiter matching is quadratic: 16 KB of `*` took 47 s, a denial of service
 * from any comment.
 */
const withoutEmphasis = { disable: { null: ['attention'] } };
/** For readers that need only block structure, code and HTML (commands): links and images stay text too, which also keeps their label matching (slow on hostile input) out. */
const withoutLinks = { disable: { null: ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd'] } };

/** Container markers (`>`, `-`, `1.`) one line may open; deeper nesting renders no differently to a reader. */
const maxNesting = 32;
const containerMarker = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/**
 * `text` with any line's run of container markers cut to 32. micromark's cost grows with the square of
 * nesting (4,000 nested list items took 88 s), so every caller parses this instead of the raw text and
 * reads offsets against it; only absurd input changes.
 */
export function boundMarkdownNesting(text: string): string {
  if (!/(?:[>*+-]|\d[.)])[ \t]*(?:[>*+-]|\d[.)])/.test(text)) return text;
  return text.split('\n').map((line) => {
    let at = 0;
    let count = 0;
    let cut = -1;
    for (;;) {
      containerMarker.lastIndex = at;
      const match = containerMarker.exec(line);
      if (!match || match[0].length === 0) break;
      at += match[0].length;
      if (++count === maxNesting) cut = at;
    }
    return cut >= 0 && count > maxNesting ? line.slice(0, cut) + line.slice(at) : line;
  }).join('\n');
}

/** Start and end offsets of a node in the source it was parsed from. */
export function sourceRange(node: Nodes): readonly [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/**
 * Visits every node in document order without recursion (a comment of 60,000 `>` nests that deep);
 * `visit` returns `'skip'` to leave a node's children out.
 */
export function walkMarkdown(root: Nodes, visit: (node: Nodes) => 'skip' | void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === 'skip' || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
}
