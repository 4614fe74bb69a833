import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import type { ActionOutputName } from '../../core/action/action-outputs.ts';
import { actionInputsSchema } from '../../core/action/action-inputs.ts';

/** What the runner gives a JavaScript action, read once from the environment (docs: "Workflow commands"). */
export interface RunnerContext {
  readonly repo: string;
  readonly sha: string;
  readonly workspace: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly runId?: string;
  readonly eventName?: string;
  /** The webhook payload that started the workflow, or `{}` when there is none. */
  readonly event: Readonly<Record<string, unknown>>;
  /** `<server>/<repo>/actions/runs/<id>`, for links back to this run. */
  readonly runUrl?: string;
}

/** The runner as the action talks to it: workflow commands on stdout, and the output and summary files. */
export interface RunnerIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly inputs: Readonly<Record<string, string | undefined>>;
  readonly context: RunnerContext;
  readonly log: (line: string) => void;
  readonly error: (message: string) => void;
  readonly warning: (message: string) => void;
  /** Hides the value in every later log line (each line of a multi-line secret separately). */
  readonly mask: (secret: string) => void;
  readonly setOutput: (name: ActionOutputName, value: string) => void;
  readonly appendSummary: (markdown: string) => void;
  readonly signal: AbortSignal;
}

/** `%`, CR and LF escaped as workflow commands require, so a message cannot end the command early. */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The `INPUT_<NAME>` variables of every declared input (the runner upper-cases names and keeps hyphens). */
export function readInputs(env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(actionInputsSchema.shape).map((name) => [name, env[inputVariable(name)]]));
}

/** Inputs that hold credentials: read once into `inputs`, never left in the environment anything inherits. */
export const secretInputs = ['github-token', 'signing-key'] as const;

/** The `INPUT_` variable a declared input arrives in. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Builds the runner IO over `process`-like parts; the composition root is the only caller. */
export function createRunnerIo(env: Readonly<Record<string, string | undefined>>, write: (text: string) => void, cwd: string, signal: AbortSignal): RunnerIo {
  const fileCommand = (variable: string, text: string, what: string) => {
    const path = env[variable];
    if (!path) return void write(`${what} (not on a runner: $${variable} is unset)\n`);
    appendFileSync(path, text, 'utf8');
  };
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repo = env.GITHUB_REPOSITORY ?? '';
  const secretNames = new Set<string>(secretInputs.map(inputVariable));
  return {
    // Credentials stay in `inputs`; the environment every child process is built from never holds them.
    env: Object.fromEntries(Object.entries(env).filter(([name]) => !secretNames.has(name.toUpperCase()))),
    inputs: readInputs(env),
    context: {
      repo,
      sha: env.GITHUB_SHA ?? '',
      workspace: env.GITHUB_WORKSPACE ?? cwd,
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl,
      event: readEvent(env.GITHUB_EVENT_PATH),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID, runUrl: `${serverUrl}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
      ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
    },
    log: (line) => write(`${line}\n`),
    error: (message) => write(`::error::${escapeCommandData(message)}\n`),
    warning: (message) => write(`::warning::${escapeCommandData(message)}\n`),
    mask: (secret) => {
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) write(`::add-mask::${escapeCommandData(line.trim())}\n`);
    },
    setOutput: (name, value) => {
      // The heredoc form with a random delimiter, so a value holding newlines (or the delimiter) cannot forge another output.
      const delimiter = `ghadelimiter_${randomUUID()}`;
      fileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}\n${value}\n${delimiter}\n`, `output ${name}=${value.split('\n')[0]}`);
    },
    appendSummary: (markdown) => fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'job summary skipped'),
    signal,
  };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
