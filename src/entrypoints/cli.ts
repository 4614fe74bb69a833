#!/usr/bin/env node
import { runCli } from './cli/run-cli.ts';

// Composition root of the `shopfloor` command: the only place that reads process state.
const controller = new AbortController();
const signals = { SIGINT: 130, SIGTERM: 143 } as const;
// The first signal asks the command to stop cleanly (worktrees removed, runs recorded); a second one,
// or a command still busy after the grace period, exits at once with the usual 128 + signal number.
const graceMs = 10_000;
for (const [signal, code] of Object.entries(signals)) {
  process.on(signal, () => {
    if (controller.signal.aborted) process.exit(code);
    controller.abort();
    setTimeout(() => {
      process.stderr.write(`shopfloor: still busy ${graceMs / 1000} s after ${signal}; exiting\n`);
      process.exit(code);
    }, graceMs).unref();
  });
}
try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    signal: controller.signal,
  });
} catch (error) {
  process.stderr.write(`shopfloor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
// The command is over: a handle something forgot to close must not keep the process alive.
setTimeout(() => process.exit(), 2_000).unref();
