import type { Command } from 'commander';
import type { CliIo, ExitCode } from './cli-io.ts';

/**
 * One CLI command: it declares itself on the commander program and reports its exit code through `done`.
 * Commands live in their own files and are listed once in `cli-commands.ts`.
 */
export type CliCommand = (program: Command, io: CliIo, done: (code: ExitCode) => void) => void;
