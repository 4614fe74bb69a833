import { describeToolCall, isRecord, num, parseJsonObject, str, type AgentEvent, type AgentLineParser } from '../agent-event.ts';

/**
 * Claude Code `-p --output-format stream-json --verbose` (checked against the Agent SDK's SDKMessage
 * types and docs.claude.com "Run Claude Code programmatically", December 2026): `system/init`,
 * `assistant` (content blocks text | tool_use, `message.usage`), `user` (tool_result blocks), and a final
 * `result` carrying `total_cost_usd`, `usage`, `num_turns`, `is_error`, `subtype`.
 * One API message can arrive as several `assistant` lines sharing an id: its usage counts once.
 */
export function createClaudeCodeParser(): AgentLineParser {
  const counted = new Set<string>();
  return {
    line: (line) => {
      const event = parseJsonObject(line);
      if (!event) return [{ kind: 'unparsed', line }];
      const type = str(event.type);
      const message = isRecord(event.message) ? event.message : {};
      const blocks = Array.isArray(message.content) ? message.content.filter(isRecord) : [];
      if (type === 'system' && event.subtype === 'init') return [{ kind: 'started', session: str(event.session_id), model: str(event.model) }];
      if (type === 'assistant') {
        const out: AgentEvent[] = [];
        for (const block of blocks) {
          if (block.type === 'text' && str(block.text).trim()) out.push({ kind: 'message', text: str(block.text) });
          if (block.type === 'tool_use') out.push(describeToolCall(str(block.name), block.input));
        }
        const id = str(message.id);
        if (isRecord(message.usage) && !(id && counted.has(id))) {
          if (id) counted.add(id);
          const usage = message.usage;
          out.push({ kind: 'usage', mode: 'add', turns: 1, inputTokens: num(usage.input_tokens) + num(usage.cache_creation_input_tokens) + num(usage.cache_read_input_tokens), outputTokens: num(usage.output_tokens) });
        }
        return out;
      }
      if (type === 'user') {
        return blocks.filter((block) => block.type === 'tool_result').map((block) => ({ kind: 'tool-result', ok: block.is_error !== true, text: resultText(block.content) }));
      }
      if (type === 'result') {
        const usage = isRecord(event.usage) ? event.usage : {};
        const ok = event.is_error !== true && str(event.subtype) === 'success';
        const out: AgentEvent[] = [];
        if (isRecord(event.usage) || typeof event.total_cost_usd === 'number') {
          out.push({ kind: 'usage', mode: 'total', turns: num(event.num_turns), inputTokens: num(usage.input_tokens) + num(usage.cache_creation_input_tokens) + num(usage.cache_read_input_tokens), outputTokens: num(usage.output_tokens), ...(typeof event.total_cost_usd === 'number' ? { costUsd: num(event.total_cost_usd) } : {}) });
        }
        out.push({ kind: 'result', ok, text: str(event.result) || str(event.subtype) });
        return out;
      }
      return [];
    },
  };
}

function resultText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.filter(isRecord).map((part) => str(part.text)).join('\n');
  return '';
}
