import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from './cli-io.ts';

/** Adds `--repo <dir>` (default: the current directory) to a command. */
export function withRepoOption(command: Command): Command {
  return command.option('--repo <dir>', 'the repository to work on (default: current directory)');
}

export function repoRoot(options: { repo?: string }, io: CliIo): string {
  return resolve(io.cwd, options.repo ?? '.');
}
