import { describeToolCall, isRecord, num, parseJsonObject, str, type AgentEvent, type AgentLineParser } from '../agent-event.ts';

/**
 * Gemini CLI `--output-format stream-json` (checked against geminicli.com/docs/cli/headless, December
 * 2026): JSONL `init`, `message` (role, content, delta), `tool_use` (tool_name, tool_id, parameters),
 * `tool_result` (tool_id, status, output, error), `error` (severity, message), `result` (status, error,
 * stats with input_tokens, output_tokens, total_tokens, tool_calls). Each tool_use counts as one turn;
 * the result's stats replace the running count.
 */
export function createGeminiParser(): AgentLineParser {
  return {
    line: (line) => {
      const event = parseJsonObject(line);
      if (!event) return [{ kind: 'unparsed', line }];
      switch (str(event.type)) {
        case 'init':
          return [{ kind: 'started', session: str(event.session_id), model: str(event.model) }];
        case 'message':
          return event.role === 'assistant' && str(event.content) ? [{ kind: 'message', text: str(event.content) }] : [];
        case 'tool_use':
          return [describeToolCall(str(event.tool_name), event.parameters), { kind: 'usage', mode: 'add', turns: 1, inputTokens: 0, outputTokens: 0 }];
        case 'tool_result':
          return [{ kind: 'tool-result', ok: event.status === 'success', text: str(event.output) || str(isRecord(event.error) ? event.error.message : '') }];
        case 'error':
          return [{ kind: 'error', message: `${str(event.severity) || 'error'}: ${str(event.message)}` }];
        case 'result': {
          const stats = isRecord(event.stats) ? event.stats : {};
          const out: AgentEvent[] = [];
          if (isRecord(event.stats)) out.push({ kind: 'usage', mode: 'total', turns: num(stats.tool_calls), inputTokens: num(stats.input_tokens), outputTokens: num(stats.output_tokens) || Math.max(0, num(stats.total_tokens) - num(stats.input_tokens)) });
          const ok = event.status === 'success';
          out.push({ kind: 'result', ok, text: ok ? 'success' : str(isRecord(event.error) ? event.error.message : event.error) || 'error' });
          return out;
        }
        default:
          return [];
      }
    },
  };
}
