/**
 * One Shopfloor model of what an external agent CLI does, whatever its own stream looks like. Preset
 * parsers map each CLI's events onto it; the run document, budgets and reports read only this.
 */
export type AgentToolKind = 'read' | 'edit' | 'command' | 'search' | 'other';

export type AgentEvent =
  | { readonly kind: 'started'; readonly session?: string; readonly model?: string }
  | { readonly kind: 'message'; readonly text: string }
  /** `target` is the path, command line or query, never file contents or other argument values. */
  | { readonly kind: 'tool-call'; readonly tool: AgentToolKind; readonly name: string; readonly target: string }
  | { readonly kind: 'tool-result'; readonly ok: boolean; readonly text: string }
  /**
   * Spend as the CLI reports it: `add` is this step's share, `total` the session's running total (it
   * replaces whatever was added before). `turns` counts model calls in the same mode.
   */
  | { readonly kind: 'usage'; readonly mode: 'add' | 'total'; readonly turns: number; readonly inputTokens: number; readonly outputTokens: number; readonly costUsd?: number }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'result'; readonly ok: boolean; readonly text: string }
  /** A line that is not an event of the CLI's documented format (a banner, a torn write, garbage). */
  | { readonly kind: 'unparsed'; readonly line: string };

/** A stateful parser for one run's stream: feed it lines, read events; it never throws. */
export interface AgentLineParser {
  readonly line: (line: string) => readonly AgentEvent[];
}

const maxTarget = 300;

/** A one-line, bounded rendering of a tool argument (a command or a path). */
export function oneLine(text: string, max = maxTarget): string {
  // Most targets are one line already: no regex replace, no copy.
  const flat = text.indexOf('\n') === -1 && text.indexOf('\r') === -1 ? text.trim() : text.replace(/\s*[\r\n]+\s*/g, ' ⏎ ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const commandName = /bash|shell|run|command|exec|terminal/i;
const editName = /write|edit|replace|create|patch|notebook|apply|delete|rename|move/i;
const searchName = /grep|glob|search|find|fetch|web|browse/i;
const readName = /read|view|cat|open|^ls$|list/i;

/**
 * Classifies a tool call by its name and arguments and keeps only what a reader needs: the path for
 * reads and edits, the command line for commands, the pattern for searches; never contents.
 */
export function describeToolCall(name: string, input: unknown): AgentEvent {
  const args: Record<string, unknown> = isRecord(input) ? input : {};
  const path = stringArg(args, 'file_path') ?? stringArg(args, 'path') ?? stringArg(args, 'absolute_path') ?? stringArg(args, 'filePath') ?? stringArg(args, 'notebook_path') ?? stringArg(args, 'paths') ?? stringArg(args, 'file');
  const command = stringArg(args, 'command') ?? stringArg(args, 'cmd');
  const pattern = stringArg(args, 'pattern') ?? stringArg(args, 'query') ?? stringArg(args, 'url');
  const tool = command !== undefined && commandName.test(name) ? 'command' : editName.test(name) ? 'edit' : searchName.test(name) ? 'search' : readName.test(name) ? 'read' : command !== undefined ? 'command' : 'other';
  const target = tool === 'command' ? command ?? '' : tool === 'search' ? pattern ?? path ?? '' : tool === 'other' ? path ?? `(${Object.keys(args).slice(0, 5).join(', ')})` : path ?? '';
  return { kind: 'tool-call', tool, name: oneLine(name, 80), target: oneLine(target) };
}

/** A string argument, or a list of strings joined by spaces (an argv). */
function stringArg(args: Record<string, unknown>, key: string): string | undefined {
  const value = args[key];
  if (typeof value === 'string') return value;
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(' ') : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that answers `undefined` for anything but a JSON object. */
export function parseJsonObject(line: string): Record<string, unknown> | undefined {
  // A torn write (`{"type":"item.comp`) is common in a live stream, and a thrown SyntaxError costs more
  // than parsing the line: a line that cannot be an object is refused before JSON.parse sees it.
  if (line.charCodeAt(0) !== 123 /* { */ || lastNonSpace(line) !== 125 /* } */) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function lastNonSpace(line: string): number {
  let end = line.length - 1;
  while (end > 0 && (line.charCodeAt(end) === 32 || line.charCodeAt(end) === 9 || line.charCodeAt(end) === 13)) end--;
  return line.charCodeAt(end);
}

export const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0);
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
