import { z } from 'zod';
import { parseDuration } from '../duration.ts';

/** The commands the action runs, one per job (`command:` input). */
export const actionCommands = ['implement', 'verify', 'canary', 'bisect', 'revert', 'metrics'] as const;
export type ActionCommand = (typeof actionCommands)[number];

const text = (description: string, fallback: string) => z.string().default(fallback).meta({ description });
const optional = (description: string) => z.string().optional().meta({ description });

/**
 * Every input of `action.yml`, as the runner hands them over (strings; an unset input is absent). The
 * single source of truth: `action.yml` and the docs/action.md tables are checked against it by tests, and the
 * action applies its defaults itself, because a runner's defaults do not exist when `dist/action.js`
 * is run directly. `actionDefault` is what `action.yml` declares where it is an expression.
 */
export const actionInputsSchema = z.object({
  command: z.enum(actionCommands).meta({ description: `What to run: ${actionCommands.join(' | ')}.` }),
  'working-directory': text('The repository checkout to work in, relative to the workspace.', '.'),
  'github-token': optional('Token for the GitHub API. A GitHub App token makes the PRs it opens trigger workflows; `GITHUB_TOKEN` does not.').meta({ actionDefault: '${{ github.token }}' }),
  'signing-key': optional('verify: Ed25519 private key (PEM) that signs the report; pass a secret. Without it the report is unsigned and the App will not trust it.'),
  'work-order': optional('implement: the work order to implement (required); verify: the work order whose scope, acceptance commands and test-first rule apply.'),
  'run-id': optional('implement: the run id whose run document is streamed to the tracking comment (the App passes its own; default: `<work-order>-<GITHUB_RUN_ID>`).'),
  branch: optional('implement: the agent branch `agent/<work-order>/<8 hex>` to continue and push (the App passes the one it created; default: made from the run id); verify: the branch under test, whose work order applies when `work-order` is not given (default: the pull request head branch).'),
  issue: optional('implement: the issue number whose tracking comment shows the run document live.'),
  'app-id': optional('implement: the Shopfloor GitHub App\'s id; only a tracking comment written by this App is continued (without it, one written by any App is).'),
  retry: text('implement: `true` when the App dispatched this job as a retry (`/shopfloor retry` or an automatic one): the run document must be continued from the tracking comment, whose pending directives the agent acts on (`true` | `false`).', 'false'),
  phase: text('implement: `implement` (the implementer; changes, push, draft PR) or `plan` (only the architect role: the plan goes into the run document for the App\'s plan approval; nothing is committed).', 'implement'),
  provider: optional('implement: the agent provider type, `replay`, `command` or `openai` (default: the work order\'s or the policy\'s). Provider keys come from the job `env:` (e.g. `OPENAI_API_KEY`).'),
  transcript: optional('implement: for `provider: replay`, the recorded transcript to play back (relative to working-directory).'),
  base: optional('verify: what the change is compared with (default: the merge base with the default branch).'),
  gates: optional('verify: only these gates (comma-separated) and what they need.'),
  'upload-artifacts': text('verify: upload gate logs and the report with @actions/artifact (`true` | `false`).', 'true'),
  'on-red': text('canary: what a RED verdict does beyond the failed check run and status: `report` (the Shopfloor App bisects and reverts) or `revert` (no App: bisect here, then open the revert PR with `github-token`).', 'report'),
  good: text('bisect: a commit where the check passed.', 'refs/shopfloor/canary/last-good'),
  bad: text('bisect: a commit where the check failed.', 'HEAD'),
  run: optional('bisect: the failing check (exit 0 good, 125 skip, other bad; default: the policy\'s canary build and flows); revert: recorded as the bug work order reproducer.'),
  runners: text('bisect (and canary with `on-red: revert`): probes run in parallel per round, each in its own worktree.', '4'),
  'flake-rate': optional('bisect: the chance that a good commit fails anyway (0 to 0.5); failures are confirmed by reruns.'),
  culprit: optional('revert: the first-parent merge to revert (bisect\'s `culprit` output).'),
  confidence: optional('revert: the bisect\'s confidence in the culprit (0 to 1); below revert.minConfidence the PR needs review.'),
  since: text('metrics: how far back to look, e.g. `30d` or `12w`.', '30d'),
  'issue-title': text('metrics: title of the issue that carries the report (found again by a hidden key and updated).', 'Shopfloor metrics'),
});

export type RawActionInputs = z.input<typeof actionInputsSchema>;
export type ActionInputName = keyof typeof actionInputsSchema.shape;

interface Common {
  readonly workingDirectory: string;
  readonly githubToken?: string;
}

/** The validated inputs, one shape per command. */
export type ActionInputs = Common &
  (
    | { readonly command: 'implement'; readonly phase: 'plan' | 'implement'; readonly retry: boolean; readonly workOrder: string; readonly runId?: string; readonly branch?: string; readonly issue?: number; readonly appId?: number; readonly provider?: 'replay' | 'command' | 'openai'; readonly transcript?: string }
    | { readonly command: 'verify'; readonly signingKey?: string; readonly workOrder?: string; readonly branch?: string; readonly base?: string; readonly gates?: readonly string[]; readonly uploadArtifacts: boolean }
    | { readonly command: 'canary'; readonly onRed: 'report' | 'revert'; readonly runners: number }
    | { readonly command: 'bisect'; readonly good: string; readonly bad: string; readonly run?: string; readonly runners: number; readonly flakeRate?: number }
    | { readonly command: 'revert'; readonly culprit: string; readonly confidence?: number; readonly run?: string }
    | { readonly command: 'metrics'; readonly since: string; readonly sinceMs: number; readonly issueTitle: string }
  );

/** One bad input, named as the workflow file names it. */
export interface ActionInputError {
  readonly input: string;
  readonly message: string;
}

export type ParsedActionInputs = { readonly ok: true; readonly value: ActionInputs } | { readonly ok: false; readonly errors: readonly ActionInputError[] };

/**
 * Validates the raw inputs (empty strings count as unset, as on a runner) and shapes them per command.
 * Errors name the input and say what to write instead.
 */
export function parseActionInputs(raw: Readonly<Record<string, string | undefined>>): ParsedActionInputs {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value.trim() !== '').map(([key, value]) => [key, value!.trim()]));
  const parsed = actionInputsSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const input = String(issue.path[0] ?? 'command');
        if (input === 'command') return { input, message: present.command ? `"${present.command}" is not a command; use one of ${actionCommands.join(', ')}` : `is required; set \`command:\` to one of ${actionCommands.join(', ')}` };
        return { input, message: issue.message };
      }),
    };
  }
  const v = parsed.data;
  const errors: ActionInputError[] = [];
  const number = (input: ActionInputName, min: number, max: number, integer: boolean): number | undefined => {
    const source = v[input];
    if (source === undefined) return undefined;
    const value = Number(source);
    if (Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))) return value;
    errors.push({ input, message: `"${source}" is not valid; give ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}` });
    return undefined;
  };
  const required = (input: ActionInputName, what: string): string => {
    const value = v[input];
    if (value === undefined) errors.push({ input, message: `is required for \`command: ${v.command}\`; set it to ${what}` });
    return value ?? '';
  };
  const common: Common = { workingDirectory: v['working-directory'], ...(v['github-token'] ? { githubToken: v['github-token'] } : {}) };
  const value = ((): ActionInputs => {
    switch (v.command) {
      case 'implement': {
        const workOrder = required('work-order', 'the id of a work order in workorders/ (the App passes it)');
        const issue = number('issue', 1, Number.MAX_SAFE_INTEGER, true);
        const appId = number('app-id', 1, Number.MAX_SAFE_INTEGER, true);
        const provider = v.provider;
        if (provider !== undefined && provider !== 'replay' && provider !== 'command' && provider !== 'openai') errors.push({ input: 'provider', message: `"${provider}" is not a provider type; use replay, command or openai` });
        if (v.retry !== 'true' && v.retry !== 'false') errors.push({ input: 'retry', message: `"${v.retry}" is not a boolean; write true or false` });
        if (v.phase !== 'plan' && v.phase !== 'implement') errors.push({ input: 'phase', message: `"${v.phase}" is not a phase; write plan or implement` });
        if (v.branch !== undefined && !v.branch.startsWith(`agent/${workOrder}/`)) errors.push({ input: 'branch', message: `"${v.branch}" is not an agent branch of ${workOrder || 'the work order'}; write agent/${workOrder || '<work-order>'}/<8 hex digits> or leave it unset` });
        return {
          ...common, command: 'implement', phase: v.phase === 'plan' ? 'plan' : 'implement', retry: v.retry === 'true', workOrder, ...(v['run-id'] ? { runId: v['run-id'] } : {}), ...(v.branch ? { branch: v.branch } : {}), ...(issue !== undefined ? { issue } : {}), ...(appId !== undefined ? { appId } : {}),
          ...(provider === 'replay' || provider === 'command' || provider === 'openai' ? { provider } : {}), ...(v.transcript ? { transcript: v.transcript } : {}),
        };
      }
      case 'verify': {
        const upload = v['upload-artifacts'];
        if (upload !== 'true' && upload !== 'false') errors.push({ input: 'upload-artifacts', message: `"${upload}" is not a boolean; write true or false` });
        const gates = v.gates?.split(',').map((g) => g.trim()).filter(Boolean);
        return { ...common, command: 'verify', uploadArtifacts: upload !== 'false', ...(v['signing-key'] ? { signingKey: v['signing-key'] } : {}), ...(v['work-order'] ? { workOrder: v['work-order'] } : {}), ...(v.branch ? { branch: v.branch } : {}), ...(v.base ? { base: v.base } : {}), ...(gates?.length ? { gates } : {}) };
      }
      case 'canary': {
        const onRed = v['on-red'];
        if (onRed !== 'report' && onRed !== 'revert') errors.push({ input: 'on-red', message: `"${onRed}" is not an action; write report or revert` });
        return { ...common, command: 'canary', onRed: onRed === 'revert' ? 'revert' : 'report', runners: number('runners', 1, 64, true) ?? 1 };
      }
      case 'bisect': {
        const runners = number('runners', 1, 64, true) ?? 1;
        const flakeRate = number('flake-rate', 0, 0.5, false);
        return { ...common, command: 'bisect', good: v.good, bad: v.bad, ...(v.run ? { run: v.run } : {}), runners, ...(flakeRate !== undefined ? { flakeRate } : {}) };
      }
      case 'revert': {
        const culprit = required('culprit', "the merge commit to revert (bisect's `culprit` output)");
        const confidence = number('confidence', 0, 1, false);
        return { ...common, command: 'revert', culprit, ...(confidence !== undefined ? { confidence } : {}), ...(v.run ? { run: v.run } : {}) };
      }
      case 'metrics': {
        const sinceMs = parseDuration(v.since);
        if (!sinceMs) errors.push({ input: 'since', message: `"${v.since}" is not a duration; write it like 30d or 12w` });
        return { ...common, command: 'metrics', since: v.since, sinceMs: sinceMs ?? 0, issueTitle: v['issue-title'] };
      }
    }
  })();
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
