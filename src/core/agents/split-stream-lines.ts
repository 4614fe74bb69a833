import type { AgentEvent, AgentLineParser } from './agent-event.ts';

/** Longest line kept whole; a longer one (a runaway write with no newline) is cut and reported unparsed. */
const maxLineChars = 16 * 1024 * 1024;

export interface AgentStreamParser {
  /** Feeds a chunk of stdout as it arrives; returns the events of every line it completed. */
  readonly push: (chunk: string) => readonly AgentEvent[];
  /** The stream ended: parses a last line without a newline. */
  readonly end: () => readonly AgentEvent[];
}

/** Turns a line parser into an incremental stream parser: chunks in any size, CRLF or LF, never throws. */
export function createStreamParser(parser: AgentLineParser): AgentStreamParser {
  // Pieces of an unfinished line, joined only when its newline arrives: a long line in small chunks stays linear.
  let pieces: string[] = [];
  let pending = 0;
  const parse = (line: string, out: AgentEvent[]) => {
    const trimmed = line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
    // Only a short line that starts with white space (ASCII, or from U+00A0 on) can be blank: most lines
    // are never trimmed, and a long one would be copied.
    const first = trimmed.charCodeAt(0);
    if (trimmed.length === 0 || ((first <= 32 || first >= 0xa0) && trimmed.length < 64 && trimmed.trim() === '')) return;
    try {
      const events = parser.line(trimmed);
      for (let i = 0; i < events.length; i++) out.push(events[i]!);
    } catch {
      // A parser bug must not stop the run: the line is shown as it came.
      out.push({ kind: 'unparsed', line: trimmed.slice(0, 500) });
    }
  };
  return {
    push: (chunk) => {
      const out: AgentEvent[] = [];
      if (chunk.indexOf('\n') === -1) {
        pieces.push(chunk);
        pending += chunk.length;
        if (pending > maxLineChars) {
          const head = pieces.join('').slice(0, 200);
          out.push({ kind: 'unparsed', line: `${head}… (${pending} characters without a newline)` });
          pieces = [];
          pending = 0;
        }
        return out;
      }
      let text = pieces.length ? pieces.join('') + chunk : chunk;
      pieces = [];
      let start = 0;
      for (let cut = text.indexOf('\n'); cut !== -1; cut = text.indexOf('\n', start)) {
        parse(text.slice(start, cut), out);
        start = cut + 1;
      }
      text = text.slice(start);
      if (text) pieces.push(text);
      pending = text.length;
      return out;
    },
    end: () => {
      const out: AgentEvent[] = [];
      parse(pieces.join(''), out);
      pieces = [];
      pending = 0;
      return out;
    },
  };
}
