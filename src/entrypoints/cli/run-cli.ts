import { CommanderError } from 'commander';
import { createCliProgram } from './cli-program.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';

/**
 * Runs the `shopfloor` CLI against the given IO and returns its exit code. It never throws for user
 * mistakes: bad usage and bad input print one clear message and return 2.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const program = createCliProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io, argv.includes('--json'));
  }
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
