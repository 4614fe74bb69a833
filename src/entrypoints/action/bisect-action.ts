import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import { lastGoodRef } from '../../workflows/canary/canary-notes.ts';
import { gateBoxSettings } from '../../workflows/work-copy/open-work-copy.ts';
import { runBisect } from '../../workflows/bisect/run-bisect.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { commandEnvNames } from '../../core/policy/command-env.ts';
import { loadPolicy } from '../cli/load-policy.ts';
import { ActionExit, ActionInputError, type ActionContext } from './action-context.ts';

/** What the bisect found, for the `bisect` command and for the canary's revert-on-red. */
export interface CulpritSearch {
  /** `found`, `no-regression`, `range`, `budget` or `aborted`. */
  readonly verdict: string;
  readonly culprit?: string;
  readonly confidence?: number;
  readonly ok: boolean;
  /** Markdown lines for the job summary. */
  readonly summary: readonly string[];
}

/**
 * The flake-aware culprit search over first-parent merges, `runners` probes at once, each in its own
 * worktree (never the checkout).
 */
export async function findCulprit({ io, root, git, fetch }: Pick<ActionContext, 'io' | 'root' | 'git' | 'fetch'>, request: { readonly good: string; readonly bad: string; readonly run: string; readonly runners: number; readonly flakeRate?: number; /** Names passed through besides the base allowlist (docs/policy.md "Environment"). */ readonly env: readonly string[] }): Promise<CulpritSearch> {
  if (request.good === lastGoodRef && (await git.raw(root, ['remote', 'get-url', 'origin'])).exitCode === 0) await fetch(['--quiet'], [`+${lastGoodRef}:${lastGoodRef}`]);
  const runner = createJudgedRunner();
  const { env } = buildEnvironment(io.env, { allow: request.env, platform: runner.platform });
  const box = gateBoxSettings(runner.isolation, (await loadPolicy(root)).isolation);
  if (!box.ok) throw new ActionInputError(undefined, box.message);
  const result = await runBisect(
    {
      repoDir: root, box: box.settings, good: request.good, bad: request.bad, command: request.run, env, signal: io.signal,
      options: { runners: request.runners, ...(request.flakeRate !== undefined ? { flakeRate: request.flakeRate } : {}) },
      onProbe: (r) => io.log(`round ${r.round} ${r.probe.sha.slice(0, 12)} ${r.result} (exit ${r.exitCode}) ${r.subject}`),
    },
    { git, runner, scratch: createNodeScratchSpace() },
  );
  if (!result.ok) {
    if (result.kind === 'bad-input') throw new ActionInputError(undefined, `${result.message} (inputs good, bad; fetch full history with actions/checkout \`fetch-depth: 0\`)`);
    return { verdict: 'aborted', ok: false, summary: ['## Shopfloor bisect: aborted', '', result.message] };
  }
  const { plan, subjects } = result;
  const cost = `${plan.runs} run(s) in ${result.rounds} round(s) over ${result.range} first-parent commit(s), ${request.runners} at once`;
  const lines = [`## Shopfloor bisect: ${plan.kind}`, ''];
  if (plan.kind === 'found') lines.push(`Culprit: \`${plan.culprit.sha.slice(0, 12)}\` ${subjects[plan.culprit.sha] ?? ''} (confidence ${plan.confidence.toFixed(4)}).`);
  else if (plan.kind === 'no-regression') lines.push('The bad commit passed on the re-check: its red was a flake.');
  else if (plan.kind === 'range') lines.push('The culprit is one of these commits, which could not be told apart (skipped):', '', ...plan.suspects.map((s) => `- \`${s.sha.slice(0, 12)}\` ${subjects[s.sha] ?? ''}`));
  else if (plan.kind === 'budget') lines.push('Out of build budget before reaching confidence; top suspects:', '', ...plan.top.map((s) => `- ${(100 * s.probability).toFixed(1)}% \`${s.sha.slice(0, 12)}\` ${subjects[s.sha] ?? ''}`));
  lines.push('', cost);
  return {
    verdict: plan.kind, ok: plan.kind === 'found' || plan.kind === 'no-regression', summary: lines,
    ...(plan.kind === 'found' ? { culprit: plan.culprit.sha, confidence: plan.confidence } : {}),
  };
}

/**
 * `bisect`: `findCulprit` with the inputs; sets `culprit` and `confidence` for a following `revert` step.
 * Without `run`, the check is the whole canary of the policy (build, then every flow) at its flake rate.
 */
export async function bisectAction(context: ActionContext<'bisect'>): Promise<ActionExit> {
  const { inputs, io } = context;
  const policy = await loadPolicy(context.root);
  let request: Parameters<typeof findCulprit>[1] = { good: inputs.good, bad: inputs.bad, run: inputs.run ?? '', runners: inputs.runners, env: commandEnvNames(policy.env, []), ...(inputs.flakeRate !== undefined ? { flakeRate: inputs.flakeRate } : {}) };
  if (inputs.run === undefined) {
    const canary = policy.canary;
    const steps = canary ? [canary.build, ...canary.flows.map((flow) => flow.run)].filter((step): step is string => Boolean(step)) : [];
    if (!canary || steps.length === 0) throw new ActionInputError('run', `is required when ${policyPath} has no canary to bisect with; set it to the command that fails at the bad commit, e.g. \`npm test\``);
    request = { ...request, run: steps.join(' && '), env: commandEnvNames(policy.env, canary.flows.flatMap((flow) => flow.env ?? [])), ...(inputs.flakeRate === undefined && canary.flakeRate > 0 ? { flakeRate: canary.flakeRate } : {}) };
    io.log(`bisecting with the canary: ${request.run}`);
  }
  const found = await findCulprit(context, request);
  io.setOutput('verdict', found.verdict);
  if (found.culprit) io.setOutput('culprit', found.culprit);
  if (found.confidence !== undefined) io.setOutput('confidence', found.confidence.toFixed(4));
  await io.appendSummary([...found.summary, ...(found.culprit ? ['', `Next: \`command: revert\` with \`culprit: ${found.culprit}\`.`] : [])].join('\n'));
  if (found.verdict === 'aborted') io.error(`bisect aborted: ${found.summary.at(-1) ?? ''}`);
  return found.ok ? ActionExit.ok : ActionExit.failed;
}
