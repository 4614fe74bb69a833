import { describeToolCall, isRecord, num, parseJsonObject, str, type AgentEvent, type AgentLineParser } from '../agent-event.ts';

/**
 * OpenHands `--headless --json` (docs.openhands.dev/openhands/usage/cli/headless, December 2026): JSONL
 * of `{type: "action", action, path|command|content, …}` and `{type: "observation", content, …}` events.
 * Actions read, write, edit, run, browse, message, finish; an `error` observation is an error. Where an
 * event carries `llm_metrics` (accumulated_cost, accumulated_token_usage) it is the running total.
 */
export function createOpenHandsParser(): AgentLineParser {
  let actions = 0;
  return {
    line: (line) => {
      const event = parseJsonObject(line);
      if (!event) return [{ kind: 'unparsed', line }];
      const out: AgentEvent[] = [];
      const type = str(event.type);
      const args = isRecord(event.args) ? { ...event, ...event.args } : event;
      if (type === 'action') {
        const action = str(event.action);
        if (action === 'message' || action === 'think') out.push({ kind: 'message', text: str(args.content) || str(args.thought) });
        else if (action === 'finish') out.push({ kind: 'result', ok: true, text: str(args.final_thought) || str(args.content) || 'finished' });
        else out.push(describeToolCall(action, args));
        actions++;
      } else if (type === 'observation') {
        const failed = event.observation === 'error' || (isRecord(event.extras) && typeof event.extras.exit_code === 'number' && event.extras.exit_code !== 0);
        out.push(event.observation === 'error' ? { kind: 'error', message: str(event.content) } : { kind: 'tool-result', ok: !failed, text: str(event.content) });
      } else if (type === 'error') {
        out.push({ kind: 'error', message: str(event.message) || str(event.content) });
      }
      const metrics = isRecord(event.llm_metrics) ? event.llm_metrics : undefined;
      if (metrics) {
        const tokens = isRecord(metrics.accumulated_token_usage) ? metrics.accumulated_token_usage : {};
        out.push({ kind: 'usage', mode: 'total', turns: actions, inputTokens: num(tokens.prompt_tokens), outputTokens: num(tokens.completion_tokens), costUsd: num(metrics.accumulated_cost) });
      } else if (type === 'action') {
        out.push({ kind: 'usage', mode: 'add', turns: 1, inputTokens: 0, outputTokens: 0 });
      }
      return out;
    },
  };
}
