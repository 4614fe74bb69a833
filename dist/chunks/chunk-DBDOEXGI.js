import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/entrypoints/action/action-context.ts
var ActionInputError = class extends Error {
  constructor(input, message, options) {
    super(message, options);
    this.input = input;
  }
  input;
  name = "ActionInputError";
};
var ActionExit = { ok: 0, failed: 1, usage: 2 };
function runLink(io) {
  return io.context.runUrl ?? `${io.context.serverUrl}/${io.context.repo}`;
}

export {
  ActionInputError,
  ActionExit,
  runLink
};
