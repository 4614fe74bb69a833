import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseActionInputs, type ActionInputs } from '../../core/action/action-inputs.ts';
import { createGitHubForge } from '../../adapters/github/create-github-forge.ts';
import { createTokenRequest } from '../../adapters/github/create-token-request.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { originWithToken } from '../../adapters/git/origin-with-token.ts';
import { shopfloorVersion } from '../../core/version.ts';
import type { Forge } from '../../ports/forge.ts';
import { UsageError } from '../cli/cli-io.ts';
import { ActionExit, ActionInputError, type ActionContext } from './action-context.ts';
import type { RunnerIo } from './runner-io.ts';

type Handler<C extends ActionInputs['command']> = (context: ActionContext<C>) => Promise<ActionExit>;
type Handlers = { readonly [C in ActionInputs['command']]: () => Promise<Handler<C>> };
// Loaded after the inputs validate, so a bad input (and the bundle's cold start) pays for one command at most.
const handlers: Handlers = {
  implement: async () => (await import('./implement-action.ts')).implementAction,
  verify: async () => (await import('./verify-action.ts')).verifyAction,
  canary: async () => (await import('./canary-action.ts')).canaryAction,
  bisect: async () => (await import('./bisect-action.ts')).bisectAction,
  revert: async () => (await import('./revert-action.ts')).revertAction,
  metrics: async () => (await import('./metrics-action.ts')).metricsAction,
};

/**
 * Runs the action once: validates every input through the one schema, then the chosen command. It never
 * throws: bad input prints `::error::` naming the input and returns 2; a broken runner or API returns 1
 * with one line (the stack only with SHOPFLOOR_DEBUG set).
 */
export async function runAction(io: RunnerIo): Promise<ActionExit> {
  const parsed = parseActionInputs(io.inputs);
  if (!parsed.ok) {
    for (const error of parsed.errors) io.error(`input "${error.input}" ${error.message}`);
    return ActionExit.usage;
  }
  const inputs = parsed.value;
  let forge: Forge | undefined;
  const token = inputs.githubToken ?? io.env.GITHUB_TOKEN;
  if (token) io.mask(token);
  const root = resolve(io.context.workspace, inputs.workingDirectory);
  const git = createGitCli({ env: io.env });
  const auth = { ...(token ? { token } : {}), serverUrl: io.context.serverUrl, tempDir: io.env.RUNNER_TEMP ?? tmpdir() };
  const context: ActionContext = {
    inputs,
    io,
    root,
    git,
    forge: () => (forge ??= createForge(io, token)),
    push: (options, refspecs) => originWithToken(git, root, auth, 'push', options, refspecs),
    fetch: (options, refspecs) => originWithToken(git, root, auth, 'fetch', options, refspecs),
  };
  try {
    const handler = (await handlers[inputs.command]()) as Handler<ActionInputs['command']>;
    return await handler(context);
  } catch (error) {
    if (error instanceof ActionInputError) {
      io.error(error.input ? `input "${error.input}": ${error.message}` : error.message);
      return ActionExit.usage;
    }
    if (error instanceof UsageError) {
      io.error(error.message);
      return ActionExit.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.error(`shopfloor ${inputs.command} failed: ${message}. If the GitHub API or the runner is not at fault, this is a bug in Shopfloor; please report it.`);
    if (io.env.SHOPFLOOR_DEBUG && error instanceof Error && error.stack) io.log(error.stack);
    return ActionExit.failed;
  }
}

function createForge(io: RunnerIo, token: string | undefined): Forge {
  if (!token) throw new ActionInputError('github-token', 'is empty; pass `github-token: ${{ github.token }}` (the default) or a GitHub App token');
  if (!io.context.repo) throw new ActionInputError(undefined, 'GITHUB_REPOSITORY is not set; run the action in a GitHub Actions job (or set it to owner/name)');
  return createGitHubForge({
    request: createTokenRequest(token, io.context.apiUrl, `shopfloor-action/${shopfloorVersion}`),
    retry: { sleep: (ms) => new Promise((done) => setTimeout(done, ms)), attempts: 3 },
  });
}
