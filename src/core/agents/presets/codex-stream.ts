import { describeToolCall, isRecord, num, oneLine, parseJsonObject, str, type AgentEvent, type AgentLineParser } from '../agent-event.ts';

/**
 * Codex `exec --json` (checked against openai/codex docs/exec.md and codex-rs/exec/src/exec_events.rs,
 * December 2026): `thread.started`, `turn.started`, `turn.completed` (usage: input_tokens,
 * cached_input_tokens, output_tokens; no cost), `turn.failed`, `item.started|updated|completed` with items
 * agent_message, reasoning, command_execution, file_change, mcp_tool_call, web_search, todo_list, error;
 * and top-level `error`. Each completed agent step (message or tool item) counts as one turn.
 */
export function createCodexParser(): AgentLineParser {
  return {
    line: (line) => {
      const event = parseJsonObject(line);
      if (!event) return [{ kind: 'unparsed', line }];
      const type = str(event.type);
      if (type === 'thread.started') return [{ kind: 'started', session: str(event.thread_id) }];
      if (type === 'turn.completed') {
        const usage = isRecord(event.usage) ? event.usage : {};
        return [{ kind: 'usage', mode: 'add', turns: 0, inputTokens: num(usage.input_tokens), outputTokens: num(usage.output_tokens) }];
      }
      if (type === 'turn.failed') return [{ kind: 'error', message: str(isRecord(event.error) ? event.error.message : '') || 'the turn failed' }];
      if (type === 'error') return [{ kind: 'error', message: str(event.message) || 'error' }];
      const item = isRecord(event.item) ? event.item : undefined;
      if (!item) return [];
      return type === 'item.started' ? started(item) : type === 'item.completed' ? completed(item) : [];
    },
  };
}

const step = { kind: 'usage', mode: 'add', turns: 1, inputTokens: 0, outputTokens: 0 } as const;

function started(item: Record<string, unknown>): AgentEvent[] {
  if (item.type === 'command_execution') return [{ kind: 'tool-call', tool: 'command', name: 'command_execution', target: oneLine(str(item.command)) }];
  if (item.type === 'mcp_tool_call') return [describeToolCall(`${str(item.server)}/${str(item.tool)}`, item.arguments)];
  return [];
}

function completed(item: Record<string, unknown>): AgentEvent[] {
  switch (item.type) {
    case 'agent_message':
      return [{ kind: 'message', text: str(item.text) }, step];
    case 'command_execution':
      return [{ kind: 'tool-result', ok: item.status === 'completed' && num(item.exit_code) === 0, text: str(item.aggregated_output) }, step];
    case 'file_change': {
      const changes = Array.isArray(item.changes) ? item.changes.filter(isRecord) : [];
      return [...changes.map((change): AgentEvent => ({ kind: 'tool-call', tool: 'edit', name: `file_change ${str(change.kind)}`, target: oneLine(str(change.path)) })), step];
    }
    case 'mcp_tool_call':
      return [{ kind: 'tool-result', ok: item.status === 'completed', text: '' }, step];
    case 'web_search':
      return [{ kind: 'tool-call', tool: 'search', name: 'web_search', target: oneLine(str(item.query)) }, step];
    case 'error':
      return [{ kind: 'error', message: str(item.message) }];
    default:
      return [];
  }
}
