import type * as ActionsCore from '@actions/core';
import { readFileSync } from 'node:fs';
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

/** Where an annotation points: a workspace-relative file, and the line (and column) when known. */
export interface AnnotationPlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** The runner as the action talks to it: workflow commands on stdout, and the output and summary files. */
export interface RunnerIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly inputs: Readonly<Record<string, string | undefined>>;
  readonly context: RunnerContext;
  readonly log: (line: string) => void;
  /** An error annotation; with `place`, GitHub shows it on that file and line. */
  readonly error: (message: string, place?: AnnotationPlace) => void;
  readonly warning: (message: string, place?: AnnotationPlace) => void;
  /** Hides the value in every later log line (each line of a multi-line secret separately). */
  readonly mask: (secret: string) => void;
  readonly setOutput: (name: ActionOutputName, value: string) => void;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly signal: AbortSignal;
}

/** The parts of `@actions/core` the runner IO uses (named, so the bundle can leave the rest out). */
export type RunnerCore = Pick<typeof ActionsCore, 'getInput' | 'info' | 'error' | 'warning' | 'setSecret' | 'setOutput' | 'summary'>;

/** Every declared input, through `getInput` (trimmed); an empty input is absent. */
export function readInputs(core: Pick<typeof ActionsCore, 'getInput'>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(actionInputsSchema.shape).map((name) => [name, core.getInput(name) || undefined]));
}

/** Inputs that hold credentials: read once into `inputs`, never left in the environment anything inherits. */
export const secretInputs = ['github-token', 'signing-key'] as const;

/** The `INPUT_` variable a declared input arrives in. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The runner IO over `@actions/core` (inputs, outputs in the heredoc form with a random delimiter, masks,
 * annotations, the job summary), given by the composition root with the environment it read. Off a runner
 * (no GITHUB_OUTPUT or GITHUB_STEP_SUMMARY file) outputs and the summary are logged instead of failing.
 */
export function createRunnerIo(core: RunnerCore, env: Readonly<Record<string, string | undefined>>, cwd: string, signal: AbortSignal): RunnerIo {
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repo = env.GITHUB_REPOSITORY ?? '';
  const secretNames = new Set<string>(secretInputs.map(inputVariable));
  const properties = (place: AnnotationPlace | undefined): ActionsCore.AnnotationProperties => (place
    ? { file: place.file, ...(place.line ? { startLine: place.line } : {}), ...(place.line && place.column ? { startColumn: place.column } : {}) }
    : {});
  return {
    // Credentials stay in `inputs`; the environment every child process is built from never holds them.
    env: Object.fromEntries(Object.entries(env).filter(([name]) => !secretNames.has(name.toUpperCase()))),
    inputs: readInputs(core),
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
    log: (line) => core.info(line),
    error: (message, place) => core.error(message, properties(place)),
    warning: (message, place) => core.warning(message, properties(place)),
    mask: (secret) => {
      // The runner masks line by line; a short line (a PEM's dashes) would mask every such string in the log.
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line.trim());
    },
    setOutput: (name, value) => {
      // Without GITHUB_OUTPUT, core would fall back to the removed `::set-output` command; say it instead.
      if (!env.GITHUB_OUTPUT) return core.info(`output ${name}=${value.split('\n')[0]} (not on a runner: $GITHUB_OUTPUT is unset)`);
      core.setOutput(name, value);
    },
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return core.info('job summary skipped (not on a runner: $GITHUB_STEP_SUMMARY is unset)');
      await core.summary.addRaw(markdown, !markdown.endsWith('\n')).write();
    },
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
