import { chargeBudget, checkBudget, startBudget, type BudgetLimits } from '../../core/agents/budget.ts';
import type { ChatMessage } from '../../core/agents/chat-messages.ts';
import { parseToolCall, toolSpecs, type ToolName } from '../../core/agents/implementer-tools.ts';
import type { ChatAgentProvider } from '../../ports/agent-provider.ts';
import type { AgentTerminal, AgentUsage } from './agent-terminal.ts';
import { runToolCall, type ToolContext } from './run-tool-call.ts';

export interface ChatAgentRun {
  readonly provider: ChatAgentProvider;
  readonly system: string;
  readonly user: string;
  readonly tools: readonly ToolName[];
  readonly budget: BudgetLimits;
  readonly clock: () => number;
  readonly context: ToolContext;
}

/** Consecutive turns without a tool call before the run is ended as failed. */
const maxIdleTurns = 3;

/**
 * The model ↔ tools loop. The budget is checked before every model call and after every charge; malformed
 * tool calls are answered with the problem so the model can retry; the run always ends in a terminal state.
 */
export async function runChatAgent(run: ChatAgentRun): Promise<{ terminal: AgentTerminal; usage: AgentUsage }> {
  const { log } = run.context;
  const messages: ChatMessage[] = [
    { role: 'system', content: run.system },
    { role: 'user', content: run.user },
  ];
  let usage = startBudget(run.clock());
  const done = (terminal: AgentTerminal) => ({ terminal, usage: { turns: usage.turns, tokens: usage.tokens, costUsd: usage.costUsd } });
  const specs = toolSpecs(run.tools);
  let idle = 0;
  for (;;) {
    if (run.context.signal?.aborted) return done({ kind: 'aborted', message: 'the run was cancelled' });
    const exceeded = checkBudget(run.budget, usage, run.clock());
    if (exceeded) return done({ kind: 'budget-exhausted', budget: exceeded.kind, message: exceeded.message });
    const remainingMs = run.budget.wallClockMs === undefined ? undefined : run.budget.wallClockMs - (run.clock() - usage.startedAtMs);
    const outcome = await run.provider.complete({ messages, tools: specs, ...(run.context.signal ? { signal: run.context.signal } : {}), ...(remainingMs !== undefined ? { remainingMs } : {}) });
    usage = chargeBudget(usage, { turns: 1 });
    if (!outcome.ok) return done({ kind: 'provider-failed', message: outcome.error });
    if (outcome.retries > 0) await log.note(`model call needed ${outcome.retries} retr${outcome.retries === 1 ? 'y' : 'ies'}`);
    usage = chargeBudget(usage, { tokens: outcome.usage.promptTokens + outcome.usage.completionTokens, costUsd: outcome.usage.costUsd ?? 0 });
    const message = outcome.message;
    messages.push(message);
    if (message.content) await log.note(message.content);
    const calls = message.tool_calls ?? [];
    if (calls.length === 0) {
      idle++;
      if (idle >= maxIdleTurns) return done({ kind: 'agent-failed', message: `the model answered ${idle} times without calling a tool; it must call finish when done` });
      messages.push({ role: 'user', content: 'Use the tools to make the change, then call finish with a summary.' });
      continue;
    }
    idle = 0;
    let finished: { summary: string } | undefined;
    for (const call of calls) {
      const parsed = parseToolCall(call.function.name, call.function.arguments, run.tools);
      if (!parsed.ok) {
        await log.note(`✗ tool call ${call.function.name} rejected: ${parsed.error}`);
        messages.push({ role: 'tool', tool_call_id: call.id, content: `error: ${parsed.error}` });
        continue;
      }
      let result;
      try {
        result = await runToolCall(parsed.call, run.context);
      } catch (error) {
        // A file system error (permissions, disk full) is news for the model, not the end of the run.
        const message = `${call.function.name} failed: ${error instanceof Error ? error.message : String(error)}`;
        await log.note(`✗ ${message}`);
        result = { content: `error: ${message}` };
      }
      messages.push({ role: 'tool', tool_call_id: call.id, content: result.content });
      finished ??= result.finished;
    }
    // Usage reported with this turn may already exceed a token or cost limit: end before another call.
    const after = checkBudget({ ...run.budget, turns: undefined, wallClockMs: undefined }, usage, run.clock());
    if (finished) return done({ kind: 'finished', summary: finished.summary });
    if (after) return done({ kind: 'budget-exhausted', budget: after.kind, message: after.message });
  }
}
