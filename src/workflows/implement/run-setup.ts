import { parseDuration } from '../../core/duration.ts';
import type { SetupPolicy } from '../../core/policy/setup-schema.ts';
import type { ProcessBox, ProcessRunner } from '../../ports/process-runner.ts';
import { defaultShellFor } from '../verify/default-shell.ts';
import type { AgentLog } from './agent-log.ts';

const defaultTimeoutMs = 10 * 60_000;

export type SetupOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * The policy's setup phase: each command runs in the agent's work copy, boxed like a gate, with the
 * agent's allowlisted environment and its own time limit; its output streams to Terminal. The first
 * failure ends the phase, and the agent is not started.
 */
export async function runSetup(setup: SetupPolicy, context: { readonly runner: ProcessRunner; readonly dir: string; readonly box: ProcessBox; readonly env: Readonly<Record<string, string>>; readonly log: AgentLog; readonly clock: () => number; readonly signal?: AbortSignal }): Promise<SetupOutcome> {
  const { log } = context;
  const shell = defaultShellFor(context.runner.platform);
  await log.conductor(`phase setup: ${setup.commands.length} command(s) from the policy, before the agent starts`);
  for (const command of setup.commands) {
    const timeoutMs = command.timeout ? parseDuration(command.timeout) ?? defaultTimeoutMs : defaultTimeoutMs;
    const started = context.clock();
    log.terminal(`=== setup: ${command.name} ===\n`, 'stdout');
    const result = await context.runner.run({ script: command.run, shell, cwd: context.dir, box: { ...context.box, network: setup.network }, env: context.env, timeoutMs, onOutput: log.terminal, ...(context.signal ? { signal: context.signal } : {}) });
    await log.flushTerminal();
    const seconds = ((context.clock() - started) / 1000).toFixed(1);
    const failure = result.timedOut ? `ran past its ${command.timeout ?? '10m'} time limit and was stopped`
      : result.aborted ? 'was cancelled'
      : result.startError ? `could not start: ${result.startError}`
      : result.exitCode !== 0 ? `exited with code ${result.exitCode ?? `signal ${result.signal}`}`
      : undefined;
    await log.conductor(`setup ${command.name}: ${failure ?? 'ok'} (${seconds} s)`);
    if (failure) return { ok: false, message: `setup command "${command.name}" ${failure}; the agent was not started. Fix setup.commands in .github/shopfloor.yml (its output is in the Terminal section)` };
  }
  return { ok: true };
}
