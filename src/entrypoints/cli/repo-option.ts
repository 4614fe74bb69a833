import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError, type CliIo } from './cli-io.ts';

/** Adds `--repo <dir>` (default: the current directory) to a command. */
export function withRepoOption(command: Command): Command {
  return command.option('--repo <dir>', 'the repository to work on (default: current directory)');
}

/**
 * The repository directory a command works on. A `--repo` that names no directory is bad input (exit 2)
 * with one line, for every command: nothing is created and git is never started in it.
 */
export function repoRoot(options: { repo?: string }, io: CliIo): string {
  const root = resolve(io.cwd, options.repo ?? '.');
  const kind = directoryKind(root);
  if (kind !== 'directory') throw new UsageError(`--repo "${options.repo ?? '.'}": ${root} ${kind === 'missing' ? 'does not exist' : 'is not a directory'}; pass the directory of a repository`);
  return root;
}

function directoryKind(path: string): 'directory' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}
