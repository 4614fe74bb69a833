/** What a CLI command may touch of the outside world; the composition root fills it from `process`. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** Aborted when the user interrupts (Ctrl-C); long commands stop cleanly on it. */
  readonly signal: AbortSignal;
}

/** Exit codes shared by every command: 0 success, 1 the checked thing failed, 2 bad usage or bad input. */
export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Thrown for bad usage or bad input; the CLI prints its message (no stack) and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
