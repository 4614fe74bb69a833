import { describeToolCall, isRecord, num, parseJsonObject, str, type AgentEvent, type AgentLineParser } from '../agent-event.ts';

/**
 * GitHub Copilot CLI `-p … --output-format json` (JSONL of session events; event names from
 * github/copilot-sdk session-events.schema.json, December 2026): `{type, data}` with `session.start`,
 * `assistant.message` (content, toolRequests), `tool.execution_start` (toolCallId, toolName, arguments),
 * `tool.execution_complete` (success, result), `session.error`, `assistant.usage` where present, and
 * `session.task_complete` / `result` at the end. The CLI reports premium requests, not tokens (copilot-cli
 * #4107): each assistant turn counts as a turn, and tokens only where an event carries them.
 */
export function createCopilotParser(): AgentLineParser {
  let started = false;
  return {
    line: (line) => {
      const event = parseJsonObject(line);
      if (!event) return [{ kind: 'unparsed', line }];
      const data = isRecord(event.data) ? event.data : event;
      switch (str(event.type)) {
        case 'session.start':
          started = true;
          return [{ kind: 'started', session: str(data.sessionId), model: str(data.selectedModel) || str(data.model) }];
        // Copilot CLI 1.0.102 prints no `session.start` in `-p` mode; its first `session.tools_updated` names the model.
        case 'session.tools_updated':
          if (started) return [];
          started = true;
          return [{ kind: 'started', model: str(data.model) }];
        case 'assistant.message':
          return str(data.content).trim() ? [{ kind: 'message', text: str(data.content) }] : [];
        case 'assistant.turn_start':
          return [{ kind: 'usage', mode: 'add', turns: 1, inputTokens: 0, outputTokens: 0 }];
        case 'assistant.usage':
          return [{ kind: 'usage', mode: 'add', turns: 0, inputTokens: num(data.inputTokens), outputTokens: num(data.outputTokens), ...(typeof data.cost === 'number' ? { costUsd: num(data.cost) } : {}) }];
        case 'tool.execution_start':
          return [describeToolCall(str(data.toolName), data.arguments)];
        case 'tool.execution_complete': {
          const result = isRecord(data.result) ? str(data.result.content) : str(data.result);
          return [{ kind: 'tool-result', ok: data.success !== false, text: result || str(isRecord(data.error) ? data.error.message : data.error) }];
        }
        case 'session.error':
          return [{ kind: 'error', message: str(data.message) || str(data.errorType) || 'session error' }];
        case 'session.task_complete':
        case 'result':
          return [{ kind: 'result', ok: data.success !== false && data.isError !== true && num(data.exitCode) === 0, text: str(data.summary) || str(data.result) || 'done' }];
        default:
          return [] satisfies AgentEvent[];
      }
    },
  };
}
