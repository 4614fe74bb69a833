import { error, getInput, info, setFailed, setOutput, setSecret, summary, warning } from '@actions/core';
import { runAction } from './action/run-action.ts';
import { createRunnerIo, inputVariable, secretInputs } from './action/runner-io.ts';

// Composition root of the GitHub Action (action.yml runs dist/action.js): the only reader of env and inputs.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort());
process.once('SIGTERM', () => controller.abort());
try {
  const io = createRunnerIo({ error, getInput, info, setOutput, setSecret, summary, warning }, { ...process.env }, process.cwd(), controller.signal);
  // The signing key and the token are read; nothing started from here on inherits them.
  for (const name of secretInputs) delete process.env[inputVariable(name)];
  process.exitCode = await runAction(io);
} catch (failure) {
  setFailed(`shopfloor: ${failure instanceof Error ? failure.message : String(failure)}`);
}
