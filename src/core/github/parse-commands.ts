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

/**
 * The commands in a comment body. A command counts only at the very start of a line outside code
 * (fenced or indented), quotes (`>`) and HTML comments, so quoting or showing a command never runs it.
 */
export function parseCommands(body: string): ParsedComment {
  const lines = blankHtmlComments(body.replace(/\r\n?/g, '\n')).split('\n');
  const commands: ShopfloorCommand[] = [];
  const unknown: { word: string; line: number }[] = [];
  let fence: { char: string; length: number } | undefined;
  lines.forEach((text, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (opener && opener[1]![0] === fence.char && opener[1]!.length >= fence.length && text.trim() === opener[1]) fence = undefined;
      return;
    }
    if (opener) {
      fence = { char: opener[1]![0]!, length: opener[1]!.length };
      return;
    }
    const match = /^\/shopfloor(?:[ \t]+(\S+)([^\n]*))?[ \t]*$/.exec(text);
    if (!match) return;
    const word = (match[1] ?? '').toLowerCase();
    const name = shopfloorCommands.find((c) => c === word);
    if (name) {
      if (commands.length < maxCommandsPerComment) commands.push({ name, args: (match[2] ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5), line: index + 1 });
    } else {
      unknown.push({ word: word.slice(0, 40), line: index + 1 });
    }
  });
  return { commands, unknown };
}

/** HTML comments become spaces (newlines kept), so hidden text cannot carry a command and line numbers stay right. */
function blankHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
}
