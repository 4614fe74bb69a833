import type { AgentEvent, AgentLineParser } from '../agent-event.ts';
import { oneLine } from '../agent-event.ts';

/**
 * Aider `--message-file F --yes-always --no-pretty --no-stream` (aider.chat/docs/scripting.html and
 * aider's io/coders output, v0.86, December 2026) has no event stream: its plain lines are read for
 * `Applied edit to PATH`, `Tokens: 2.1k sent, 312 received. Cost: $0.01 message, $0.02 session.`,
 * `Running CMD` and error lines; everything else is the model's text. Each Tokens line is one model call.
 */
export function createAiderParser(): AgentLineParser {
  return {
    line: (line): AgentEvent[] => {
      // Nearly every line is the model's text: only lines starting like one of the patterns below are
      // worth a regex (the error pattern is case-insensitive: E, L, U, F or T in either case).
      if (!patternStarts.has(line.charCodeAt(0) | 0x20)) return [{ kind: 'message', text: line }];
      const edit = /^Applied edit to (.+)$/.exec(line);
      if (edit) return [{ kind: 'tool-call', tool: 'edit', name: 'edit', target: oneLine(edit[1]!) }];
      const tokens = /^Tokens: ([\d.,]+[kKmM]?) sent(?:, ([\d.,]+[kKmM]?) cache write)?(?:, ([\d.,]+[kKmM]?) cache hit)?, ([\d.,]+[kKmM]?) received\.(?: Cost: \$([\d.]+) message)?/.exec(line);
      if (tokens) {
        const cost = tokens[5] !== undefined ? Number(tokens[5]) : undefined;
        return [{ kind: 'usage', mode: 'add', turns: 1, inputTokens: count(tokens[1]!), outputTokens: count(tokens[4]!), ...(cost !== undefined && Number.isFinite(cost) ? { costUsd: cost } : {}) }];
      }
      const run = /^Running (.+)$/.exec(line);
      if (run) return [{ kind: 'tool-call', tool: 'command', name: 'run', target: oneLine(run[1]!) }];
      if (/^(Error|litellm\.\w+Error|Unable to|Failed to|The LLM did not conform)/i.test(line)) return [{ kind: 'error', message: line }];
      return [{ kind: 'message', text: line }];
    },
  };
}

/** First letters, lower-cased, of `Applied`, `Tokens`, `Running` and the error openings. */
const patternStarts = new Set([...'atreluf'].map((letter) => letter.charCodeAt(0)));

function count(text: string): number {
  const unit = text.slice(-1).toLowerCase();
  const value = Number(text.replace(/[kKmM,]/g, ''));
  if (!Number.isFinite(value)) return 0;
  return Math.round(unit === 'k' ? value * 1_000 : unit === 'm' ? value * 1_000_000 : value);
}
