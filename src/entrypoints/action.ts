import { runAction } from './action/run-action.ts';
import { createRunnerIo } from './action/runner-io.ts';

// Composition root of the GitHub Action (action.yml runs dist/action.js): the only reader of env and inputs.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
try {
  process.exitCode = await runAction(createRunnerIo(process.env, (text) => process.stdout.write(text), process.cwd(), controller.signal));
} catch (error) {
  process.stdout.write(`::error::shopfloor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
