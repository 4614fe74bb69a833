import type { ActionInputs } from '../../core/action/action-inputs.ts';
import type { Forge } from '../../ports/forge.ts';
import type { Git } from '../../ports/git.ts';
import type { RunnerIo } from './runner-io.ts';

/** What every command of the action gets from the composition root. */
export interface ActionContext<C extends ActionInputs['command'] = ActionInputs['command']> {
  readonly inputs: Extract<ActionInputs, { command: C }>;
  readonly io: RunnerIo;
  /** The checkout the command works in (workspace + `working-directory`). */
  readonly root: string;
  readonly git: Git;
  /** The GitHub forge over `github-token`; throws an `ActionInputError` when there is no token. */
  readonly forge: () => Forge;
  /** `git push <options> origin <refspecs>` in `root`, authenticated with `github-token` (see `originWithToken`). */
  readonly push: (options: readonly string[], refspecs: readonly string[]) => Promise<{ readonly exitCode: number; readonly stderr: string }>;
  /** `git fetch <options> origin <refspecs>` in `root`, authenticated the same way. */
  readonly fetch: (options: readonly string[], refspecs: readonly string[]) => Promise<{ readonly exitCode: number; readonly stderr: string }>;
}

/** A bad input or bad repository state the user fixes; the action prints `::error::` and exits 2. */
export class ActionInputError extends Error {
  override readonly name = 'ActionInputError';
  constructor(readonly input: string | undefined, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Exit codes as the CLI's: 0 success, 1 the checked thing failed, 2 bad input. */
export const ActionExit = { ok: 0, failed: 1, usage: 2 } as const;
export type ActionExit = (typeof ActionExit)[keyof typeof ActionExit];

/** `<server>/<repo>/actions/runs/<id>` or the repository URL when not on a runner. */
export function runLink(io: RunnerIo): string {
  return io.context.runUrl ?? `${io.context.serverUrl}/${io.context.repo}`;
}
