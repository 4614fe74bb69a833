import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

export type { Nodes, Root };

/**
 * Parses Markdown the way GitHub's renderer starts: CommonMark (micromark), with source offsets on every
 * node. Shopfloor reads meaning from what users write (commands, hidden text) through this, never with
 * regular expressions over the raw text.
 */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text);
}

/** Start and end offsets of a node in the source it was parsed from. */
export function sourceRange(node: Nodes): readonly [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}
