import { Command, CommanderError } from 'commander';
import { shopfloorVersion } from '../../core/version.ts';
import { cliCommands } from './cli-commands.ts';
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
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version end through exitOverride with code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`shopfloor: ${error.message}\n`);
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`shopfloor: internal error: ${message}\nThis is a bug in Shopfloor; please report it with the command you ran.\n`);
  if (io.env.SHOPFLOOR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return ExitCode.failed;
}
