import { statSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { ExternalAgentProvider } from '../../ports/agent-provider.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';

/** A provider wired wrongly by its caller (a bug, not an agent outcome). */
export class CommandTemplateError extends Error {
  override readonly name = 'CommandTemplateError';
}

/**
 * Runs an external coding agent CLI from an argv template, e.g. `["codex", "exec", "{prompt}"]` or
 * `["aider", "--message-file", "{promptFile}"]`. Placeholders fill whole arguments only, never a shell line.
 * `{promptFile}` needs `writePrompt`, which stores the prompt outside the worktree and returns its path.
 */
export function createCommandProvider(options: {
  readonly name?: string;
  readonly command: readonly string[];
  readonly runner: ProcessRunner;
  readonly writePrompt?: (prompt: string) => Promise<string>;
}): ExternalAgentProvider {
  return {
    kind: 'external',
    name: options.name ?? 'command',
    run: async (request) => {
      const batch = /\.(cmd|bat)$/i.test(options.command[0] ?? '');
      if (options.runner.platform === 'windows' && batch && options.command.some((part) => part.includes('{prompt}'))) {
        // cmd.exe re-parses a batch file's arguments: untrusted prompt text there would be a command line.
        return { exitCode: undefined, timedOut: false, aborted: false, durationMs: 0, startError: `${options.command[0]} is a batch file, so cmd.exe would interpret the prompt; use {promptFile} instead of {prompt}` };
      }
      const needsFile = options.command.some((part) => part.includes('{promptFile}'));
      if (needsFile && !options.writePrompt) throw new CommandTemplateError('the command provider template uses {promptFile} but no prompt-file writer was given; pass writePrompt');
      const promptFile = needsFile ? await options.writePrompt!(request.prompt) : '';
      const fill = (part: string) => part.replaceAll('{promptFile}', promptFile).replaceAll('{workdir}', request.workdir).replaceAll('{prompt}', request.prompt);
      const argv = options.command.map(fill);
      // The template is the maintainer's (policy): the program and script files it names absolutely may be
      // read in the box. Files only: a directory named there (a repository, a home) stays out of reach.
      const ownFiles = [...options.command.filter((part) => isAbsolute(part) && isFile(part)), ...(promptFile ? [dirname(promptFile)] : [])];
      const box = request.box ? { ...request.box, readOnly: [...(request.box.readOnly ?? []), ...ownFiles] } : undefined;
      const result = await options.runner.run({
        argv: argv as [string, ...string[]],
        cwd: request.workdir,
        ...(box ? { box } : {}),
        env: request.env,
        timeoutMs: request.timeoutMs,
        ...(request.signal ? { signal: request.signal } : {}),
        ...(request.onNetworkRefused ? { onNetworkRefused: request.onNetworkRefused } : {}),
        onOutput: request.onOutput,
      });
      return { exitCode: result.exitCode, timedOut: result.timedOut, aborted: result.aborted, startError: result.startError, durationMs: result.durationMs };
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
