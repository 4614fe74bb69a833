import { startBudget, type BudgetLimits } from '../../core/agents/budget.ts';
import type { CommandPolicy } from '../../core/agents/command-guard.ts';
import { roleDefinitions } from '../../core/agents/roles.ts';
import type { AgentProvider } from '../../ports/agent-provider.ts';
import type { AgentWorkspace } from '../../ports/agent-workspace.ts';
import type { ProcessBox, ProcessRunner } from '../../ports/process-runner.ts';
import type { AgentLog } from './agent-log.ts';
import type { AgentTerminal, AgentUsage } from './agent-terminal.ts';
import { runChatAgent } from './run-chat-agent.ts';
import { runExternalAgent } from './run-external-agent.ts';

export interface ProviderRun {
  readonly provider: AgentProvider;
  /** The tool loop's system and user messages, and the one prompt an external agent CLI gets. */
  readonly prompt: { readonly system: string; readonly user: string; readonly external?: string };
  readonly workdir: string;
  /** The box the agent's commands run in (tool calls), and the one an external agent CLI runs in. */
  readonly box: ProcessBox;
  readonly agentBox: ProcessBox;
  readonly workspace: () => AgentWorkspace;
  readonly runner: ProcessRunner;
  readonly commands: CommandPolicy;
  readonly env: Readonly<Record<string, string>>;
  readonly log: AgentLog;
  readonly budget: BudgetLimits;
  readonly clock: () => number;
  readonly signal?: AbortSignal;
}

/** Runs the implementer through either kind of provider and reduces the outcome to a terminal state. */
export async function runProvider(run: ProviderRun): Promise<{ terminal: AgentTerminal; usage: AgentUsage }> {
  const started = startBudget(run.clock());
  const remainingMs = () => Math.max(1000, (run.budget.wallClockMs ?? 30 * 60_000) - (run.clock() - started.startedAtMs));
  const signal = run.signal ? { signal: run.signal } : {};
  if (run.provider.kind === 'chat') {
    const context = { workspace: run.workspace(), runner: run.runner, box: run.box, commands: run.commands, env: run.env, log: run.log, commandTimeoutMs: () => Math.min(10 * 60_000, remainingMs()), ...signal };
    return runChatAgent({ provider: run.provider, system: run.prompt.system, user: run.prompt.user, tools: roleDefinitions.implementer.tools, budget: run.budget, clock: run.clock, context });
  }
  const { terminal, usage } = await runExternalAgent({ provider: run.provider, prompt: run.prompt.external ?? `${run.prompt.system}\n\n${run.prompt.user}`, workdir: run.workdir, agentBox: run.agentBox, runner: run.runner, env: run.env, log: run.log, budget: run.budget, clock: run.clock, ...signal });
  return { terminal, usage };
}
