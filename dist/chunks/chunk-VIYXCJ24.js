import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/entrypoints/cli/cli-io.ts
var ExitCode = { ok: 0, failed: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
  constructor(message, options) {
    super(message, options);
  }
};

export {
  ExitCode,
  UsageError
};
