#!/usr/bin/env node
import { runCli } from './cli/run-cli.ts';

// Composition root of the `shopfloor` command: the only place that reads process state.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
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
