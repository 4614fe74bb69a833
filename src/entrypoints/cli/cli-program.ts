import { Command } from 'commander';
import { shopfloorVersion } from '../../core/version.ts';
import { cliCommands } from './cli-commands.ts';
import { commandExamples } from './command-examples.ts';
import type { CliIo, ExitCode } from './cli-io.ts';

/**
 * The whole `shopfloor` program as commander declares it: every command, option, required mark and
 * example. `runCli` parses with it; `scripts/write-cli-docs.ts` renders `docs/cli.md` from it, so the
 * reference cannot drift from what `--help` says.
 */
export function createCliProgram(io: CliIo, done: (code: ExitCode) => void): Command {
  const program = new Command('shopfloor')
    .description('Run AI coding agents on a repository without losing control of it.')
    .version(shopfloorVersion, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .enablePositionalOptions();
  for (const register of cliCommands) register(program, io, done);
  markRequiredOptions(program);
  addExamples(program, '');
  return program;
}

/** Every `--help` says which options are required: commander lists them like any other. */
function markRequiredOptions(command: Command): void {
  for (const option of command.options) if (option.mandatory && !option.description.startsWith('(required)')) option.description = `(required) ${option.description}`;
  for (const sub of command.commands) markRequiredOptions(sub);
}

/** The example of `command-examples.ts` at the end of every command's `--help`. */
function addExamples(command: Command, path: string): void {
  const key = path || command.name();
  const example = commandExamples[key];
  if (example) command.addHelpText('after', `\nExample:\n  ${example}\n`);
  for (const sub of command.commands) addExamples(sub, path ? `${path} ${sub.name()}` : sub.name());
}
