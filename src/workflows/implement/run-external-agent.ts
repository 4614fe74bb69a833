import { oneLine, type AgentEvent } from '../../core/agents/agent-event.ts';
import { currentSpend, describeSpend, emptySpend, tallySpend, type AgentSpend } from '../../core/agents/agent-spend.ts';
import type { BudgetExceeded, BudgetLimits } from '../../core/agents/budget.ts';
import { checkStreamBudget } from '../../core/agents/stream-budget.ts';
import { blockedTally, countBlocked, describeBlockedTally, type BlockedCounts, type RefusedConnection } from '../../core/isolation/blocked-connections.ts';
import type { ExternalAgentProvider } from '../../ports/agent-provider.ts';
import type { ProcessBox, ProcessRunner } from '../../ports/process-runner.ts';
import type { AgentLog } from './agent-log.ts';
import type { AgentTerminal, AgentUsage } from './agent-terminal.ts';
import { createLineBatcher } from './batch-run-lines.ts';

export interface ExternalAgentRun {
  readonly provider: ExternalAgentProvider;
  readonly prompt: string;
  readonly workdir: string;
  readonly agentBox: ProcessBox;
  readonly runner: ProcessRunner;
  readonly env: Readonly<Record<string, string>>;
  readonly log: AgentLog;
  readonly budget: BudgetLimits;
  readonly clock: () => number;
  readonly signal?: AbortSignal;
}

/**
 * Runs an external agent CLI. A preset's events fill the implementer section as they arrive (messages,
 * tool calls, failures, spend) and its command output the Terminal; usage counts against the budget as
 * it is reported, and the first breach stops the process tree. Ends in exactly one terminal state.
 */
export async function runExternalAgent(run: ExternalAgentRun): Promise<{ terminal: AgentTerminal; usage: AgentUsage; spend: AgentSpend }> {
  const { log, provider } = run;
  const startedAt = run.clock();
  const stop = new AbortController();
  const cancel = () => stop.abort();
  run.signal?.addEventListener('abort', cancel, { once: true });
  if (run.signal?.aborted) stop.abort();
  let tally = emptySpend;
  let shown = '';
  let breach: BudgetExceeded | undefined;
  let result: { ok: boolean; text: string } | undefined;
  const lines = createLineBatcher((target, text) => (target === 'note' ? log.note(text) : log.conductor(text)));
  const spendNow = () => currentSpend(tally, provider.pricing);
  const onEvent = (event: AgentEvent) => {
    tally = tallySpend(tally, event);
    if (event.kind === 'result') result = { ok: event.ok, text: event.text };
    const line = describeEvent(event);
    if (line) lines.add('note', line);
    if (event.kind === 'tool-result' && event.text) log.terminal(`${event.text.endsWith('\n') ? event.text : `${event.text}\n`}`, 'stdout');
    if (event.kind === 'unparsed') log.terminal(`${event.line}\n`, 'stdout');
    if (event.kind !== 'usage') return;
    const spend = spendNow();
    const text = describeSpend(spend);
    if (text !== shown) {
      shown = text;
      lines.add('note', `spend: ${text}`, { latest: 'spend' });
    }
    if (breach) return;
    breach = checkStreamBudget(run.budget, spend, run.clock() - startedAt);
    if (breach) {
      lines.add('conductor', `stopping ${provider.name}: ${breach.message}`);
      stop.abort();
    }
  };
  await log.note(`running external agent ${provider.name}${provider.preset ? ` (preset ${provider.preset})` : ''} in its work copy`);
  // Counted per host:port, so an agent that hammers a blocked host costs no memory per attempt.
  const blocked: BlockedCounts = new Map();
  const onNetworkRefused = (connection: RefusedConnection) => {
    // One live Terminal line per host:port; the count comes with the summary at the end.
    if (countBlocked(blocked, connection)) log.terminal(`shopfloor: blocked a connection to ${connection.host}:${connection.port} (not in agents.network.allow)\n`, 'stderr');
  };
  const remainingMs = Math.max(1000, (run.budget.wallClockMs ?? 30 * 60_000) - (run.clock() - startedAt));
  const outcome = await provider
    .run({ workdir: run.workdir, box: run.agentBox, prompt: run.prompt, env: run.env, platform: run.runner.platform, timeoutMs: remainingMs, signal: stop.signal, onOutput: log.terminal, onEvent, onNetworkRefused, ...(run.budget.turns !== undefined ? { maxTurns: run.budget.turns } : {}) })
    .finally(() => run.signal?.removeEventListener('abort', cancel));
  await lines.drain();
  await log.flushTerminal();
  if (run.agentBox.allowHosts && run.agentBox.allowHosts.length > 0) await log.record(describeBlockedTally(blockedTally(blocked)));
  const spend = spendNow();
  if (provider.preset) await log.conductor(`spend of ${provider.name}: ${describeSpend(spend)}`);
  const usage = provider.preset ? { turns: spend.turns, tokens: spend.tokens, costUsd: spend.costUsd } : { turns: 1, tokens: 0, costUsd: 0 };
  return { terminal: terminalOf(outcome, breach, result, provider.name, Boolean(run.signal?.aborted)), usage, spend };
}

function terminalOf(outcome: Awaited<ReturnType<ExternalAgentProvider['run']>>, breach: BudgetExceeded | undefined, result: { ok: boolean; text: string } | undefined, name: string, cancelled: boolean): AgentTerminal {
  if (breach) return { kind: 'budget-exhausted', budget: breach.kind, message: breach.message };
  if (outcome.timedOut) return { kind: 'budget-exhausted', budget: 'wall-clock', message: 'budget exhausted: the external agent ran past the wall-clock budget and was stopped; raise budget.wallClock in the work order or narrow its goal' };
  if (outcome.aborted || cancelled) return { kind: 'aborted', message: 'the run was cancelled' };
  if (outcome.startError) return { kind: 'agent-failed', message: `the agent command could not start: ${outcome.startError}` };
  if (outcome.exitCode !== 0) return { kind: 'agent-failed', message: `the agent command exited with code ${outcome.exitCode}${result && !result.ok ? `: ${oneLine(result.text, 300)}` : ''}` };
  if (result && !result.ok) return { kind: 'agent-failed', message: `the agent reported a failure: ${oneLine(result.text, 300)}` };
  return { kind: 'finished', summary: result?.text ? oneLine(result.text, 2000) : `external agent ${name} finished in ${Math.round(outcome.durationMs)} ms` };
}

/** The implementer-section line for an event (usage is shown as a running spend line instead). */
function describeEvent(event: AgentEvent): string | undefined {
  switch (event.kind) {
    case 'started':
      return `session started${event.model ? ` (model ${event.model})` : ''}`;
    case 'message':
      return event.text.trim() ? event.text.trim().slice(0, 4000) : undefined;
    case 'tool-call':
      return `→ ${event.tool} ${event.target || event.name}`;
    case 'tool-result':
      return event.ok ? undefined : `✗ ${event.text ? oneLine(event.text, 300) : 'the tool call failed'}`;
    case 'error':
      return `agent error: ${oneLine(event.message, 500)}`;
    case 'result':
      return `agent ${event.ok ? 'finished' : 'reported a failure'}${event.text ? `: ${oneLine(event.text, 500)}` : ''}`;
    default:
      return undefined;
  }
}
