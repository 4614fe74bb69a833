import { tokenizeHtml, voidElements } from '../markdown/html-tokens.ts';
import { boundMarkdownNesting, parseMarkdown, sourceRange } from '../markdown/parse-markdown.ts';

/** Every `/shopfloor <command>` the App understands. */
export const shopfloorCommands = ['approve', 'retry', 'hold', 'unhold', 'cancel', 'revert', 'bisect', 'status', 'run', 'accept-drop'] as const;
export type ShopfloorCommandName = (typeof shopfloorCommands)[number];

export interface ShopfloorCommand {
  readonly name: ShopfloorCommandName;
  /** Words after the command (e.g. a SHA after `approve`); untrusted, never used as a shell argument. */
  readonly args: readonly string[];
  /** 1-based line in the comment. */
  readonly line: number;
}

export interface ParsedComment {
  readonly commands: readonly ShopfloorCommand[];
  /** `/shopfloor <word>` lines whose word is not a command; the App answers them with the list. */
  readonly unknown: readonly { readonly word: string; readonly line: number }[];
}

/** More than this many commands in one comment are ignored: one comment should not fan out into many writes. */
export const maxCommandsPerComment = 3;

/** Where command lines may be: top-level paragraph text, outside any HTML element (`<div>`, `<details>`, `<pre>` …). */
function commandLines(text: string): { readonly line: number; readonly text: string }[] {
  const lines: { line: number; text: string }[] = [];
  const open: string[] = [];
  const readHtml = (html: string) => {
    for (const token of tokenizeHtml(html)) {
      if (token.type === 'open' && !token.selfClosing && !voidElements.has(token.name)) open.push(token.name);
      if (token.type === 'close') {
        const index = open.lastIndexOf(token.name);
        if (index >= 0) open.splice(index);
      }
    }
  };
  for (const block of parseMarkdown(text, { links: false }).children) {
    if (block.type === 'html') readHtml(block.value);
    if (block.type !== 'paragraph') continue;
    for (const child of block.children) {
      if (child.type === 'html') readHtml(child.value);
      const range = sourceRange(child);
      if (child.type !== 'text' || open.length > 0 || !range) continue;
      const [start, end] = range;
      // Only a line that starts at column 1 and is text to its end: nothing inline (code, HTML, emphasis) on it.
      for (let at = text.lastIndexOf('\n', start - 1) + 1; at < end; at = text.indexOf('\n', at) + 1 || end) {
        const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
        if (at >= start && text.slice(end, lineEnd).trim() === '') lines.push({ line: text.slice(0, at).split('\n').length, text: text.slice(at, lineEnd) });
      }
    }
  }
  return lines;
}

/**
 * The commands in a comment body, read the way GitHub renders it (CommonMark): a command counts only on a
 * line of its own in a top-level paragraph, so quoting it (lazy continuation lines too), showing it as
 * code (fenced, indented, inline), or putting it in HTML (`<pre>`, `<div>`, `<details>`, comments) never
 * runs it.
 */
export function parseCommands(body: string): ParsedComment {
  const commands: ShopfloorCommand[] = [];
  const unknown: { word: string; line: number }[] = [];
  // Most comments hold no command: they are not parsed at all.
  if (!body.includes('/shopfloor')) return { commands, unknown };
  for (const { line, text } of commandLines(boundMarkdownNesting(body.replace(/\r\n?/g, '\n')))) {
    const match = /^\/shopfloor(?:[ \t]+(\S+)([^\n]*))?[ \t]*$/.exec(text);
    if (!match) continue;
    const word = (match[1] ?? '').toLowerCase();
    const name = shopfloorCommands.find((c) => c === word);
    if (name) {
      if (commands.length < maxCommandsPerComment) commands.push({ name, args: (match[2] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5), line });
    } else {
      unknown.push({ word: word.slice(0, 40), line });
    }
  }
  return { commands, unknown };
}
