import { checkAgentCommand, type CommandPolicy } from '../../core/agents/command-guard.ts';
import type { ParsedToolCall } from '../../core/agents/implementer-tools.ts';
import type { AgentWorkspace } from '../../ports/agent-workspace.ts';
import type { ProcessBox, ProcessRunner } from '../../ports/process-runner.ts';
import type { AgentLog } from './agent-log.ts';

export interface ToolContext {
  readonly workspace: AgentWorkspace;
  readonly runner: ProcessRunner;
  /** The box the agent's commands run in: its work copy, nothing of Shopfloor's. */
  readonly box: ProcessBox;
  readonly commands: CommandPolicy;
  readonly env: Readonly<Record<string, string>>;
  readonly log: AgentLog;
  readonly commandTimeoutMs: () => number;
  readonly signal?: AbortSignal;
}

/** What the model is told about its call, and whether it finished the run. */
export interface ToolOutcome {
  readonly content: string;
  readonly finished?: { readonly summary: string };
}

const maxToolOutput = 16 * 1024;
const clip = (text: string) => (text.length > maxToolOutput ? `…(${text.length - maxToolOutput} characters cut)\n${text.slice(-maxToolOutput)}` : text);

/** Runs one checked tool call. Guards live in the workspace and the command guard, never in the prompt. */
export async function runToolCall(call: ParsedToolCall, context: ToolContext): Promise<ToolOutcome> {
  const { workspace, log } = context;
  const refused = async (what: string, reason: string): Promise<ToolOutcome> => {
    await log.refuse(what, reason);
    return { content: `REFUSED: ${reason}` };
  };
  switch (call.name) {
    case 'list_files': {
      const result = await workspace.listFiles(call.args.path);
      if (!result.ok) return result.refused ? refused(`list_files ${call.args.path ?? '.'}`, result.error) : { content: `error: ${result.error}` };
      await log.note(`list_files ${call.args.path ?? '.'} → ${result.value.length} files`);
      return { content: result.value.join('\n') || '(no files)' };
    }
    case 'read_file': {
      const result = await workspace.readFile(call.args.path);
      if (!result.ok) return result.refused ? refused(`read_file ${call.args.path}`, result.error) : { content: `error: ${result.error}` };
      await log.note(`read_file ${call.args.path} (${result.value.length} characters)`);
      return { content: clip(log.redact(result.value)) };
    }
    case 'search_text': {
      const result = await workspace.searchText(call.args.query, call.args.path);
      if (!result.ok) return result.refused ? refused(`search_text under ${call.args.path ?? '.'}`, result.error) : { content: `error: ${result.error}` };
      await log.note(`search_text ${JSON.stringify(call.args.query)} → ${result.value.length} hits`);
      return { content: clip(log.redact(result.value.join('\n') || '(no matches)')) };
    }
    case 'write_file':
    case 'edit_file': {
      const result = call.name === 'write_file' ? await workspace.writeFile(call.args.path, call.args.content) : await workspace.editFile(call.args.path, call.args.search, call.args.replace);
      if (!result.ok) return result.refused ? refused(`${call.name} ${call.args.path}`, result.error) : { content: `error: ${result.error}` };
      await log.note(`${call.name} ${call.args.path} (${result.value.bytes} bytes)`);
      return { content: `ok: wrote ${result.value.bytes} bytes to ${call.args.path}` };
    }
    case 'run_command': {
      const verdict = checkAgentCommand(call.args.argv, context.commands);
      if (!verdict.ok) return refused(`run_command ${JSON.stringify(call.args.argv)}`, verdict.reason);
      await log.note(`run_command ${verdict.argv.join(' ')}`);
      log.terminal(`$ ${verdict.argv.join(' ')}\n`, 'stdout');
      const result = await context.runner.run({
        argv: verdict.argv,
        cwd: workspace.root,
        box: context.box,
        env: context.env,
        timeoutMs: context.commandTimeoutMs(),
        ...(context.signal ? { signal: context.signal } : {}),
        onOutput: (chunk, stream) => log.terminal(chunk, stream),
      });
      await log.flushTerminal();
      const status = result.startError ? `could not start: ${result.startError}` : result.timedOut ? 'timed out' : `exit code ${result.exitCode ?? result.signal}`;
      await log.note(`run_command ${verdict.argv[0]} → ${status}`);
      return { content: clip(log.redact(`${status}\n${result.stdout}${result.stderr ? `\nstderr:\n${result.stderr}` : ''}`)) };
    }
    case 'finish':
      await log.note(`finish: ${call.args.summary}`);
      return { content: 'ok', finished: { summary: call.args.summary } };
  }
}
