import { Command, CommanderError } from 'commander';
import { shopfloorVersion } from '../../core/version.ts';
import { cliCommands } from './cli-commands.ts';
import { commandExamples } from './command-examples.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';

/**
 * Runs the `shopfloor` CLI against the given IO and returns its exit code. It never throws for user
 * mistakes: bad usage and bad input print one clear message and return 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const program = new Command('shopfloor')
    .description('Run AI coding agents on a repository without losing control of it.')
    .version(shopfloorVersion, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .enablePositionalOptions();
  for (const register of cliCommands) register(program, io, (code) => (exitCode = code));
  markRequiredOptions(program);
  addExamples(program, '');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, argv.includes('--json'));
  }
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

/** One message on stderr (and, under --json, the same as JSON on stdout) with exit 2 for bad usage, 1 for a bug. */
function reportFailure(error: unknown, io: CliIo, json: boolean): ExitCode {
  const asJson = (kind: string, message: string) => json && io.stdout(`${JSON.stringify({ ok: false, error: { kind, message } }, null, 2)}\n`);
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride with code 0; commander already printed the message.
    if (error.exitCode !== 0) asJson('usage', error.message.replace(/^error: /, ''));
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`shopfloor: ${error.message}\n`);
    asJson('usage', error.message);
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`shopfloor: internal error: ${message}\nThis is a bug in Shopfloor; please report it with the command you ran.\n`);
  asJson('internal', message);
  if (io.env.SHOPFLOOR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.failed;
}
