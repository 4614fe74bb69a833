import { createNodeProcessRunner } from '../../adapters/process/node-process-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import { lastGoodRef } from '../../workflows/canary/canary-notes.ts';
import { runBisect } from '../../workflows/bisect/run-bisect.ts';
import { ActionExit, ActionInputError, type ActionContext } from './action-context.ts';

/**
 * `bisect`: the flake-aware culprit search over first-parent merges, `runners` probes at once, each in
 * its own worktree (never the checkout). Sets `culprit` and `confidence` for a following `revert` step.
 */
export async function bisectAction({ inputs, io, root, git }: ActionContext<'bisect'>): Promise<ActionExit> {
  if (inputs.good === lastGoodRef && (await git.raw(root, ['remote', 'get-url', 'origin'])).exitCode === 0) {
    await git.raw(root, ['fetch', '--quiet', 'origin', `+${lastGoodRef}:${lastGoodRef}`]);
  }
  const runner = createNodeProcessRunner();
  const { env } = buildEnvironment(io.env, { platform: runner.platform });
  const result = await runBisect(
    {
      repoDir: root, good: inputs.good, bad: inputs.bad, command: inputs.run, env, signal: io.signal,
      options: { runners: inputs.runners, ...(inputs.flakeRate !== undefined ? { flakeRate: inputs.flakeRate } : {}) },
      onProbe: (r) => io.log(`round ${r.round} ${r.probe.sha.slice(0, 12)} ${r.result} (exit ${r.exitCode}) ${r.subject}`),
    },
    { git, runner, scratch: createNodeScratchSpace() },
  );
  if (!result.ok) {
    if (result.kind === 'bad-input') throw new ActionInputError(undefined, `${result.message} (inputs good, bad; fetch full history with actions/checkout \`fetch-depth: 0\`)`);
    io.setOutput('verdict', 'aborted');
    io.appendSummary(`## Shopfloor bisect: aborted\n\n${result.message}\n`);
    io.error(`bisect aborted: ${result.message}`);
    return ActionExit.failed;
  }
  const { plan, subjects } = result;
  io.setOutput('verdict', plan.kind);
  const cost = `${plan.runs} run(s) in ${result.rounds} round(s) over ${result.range} first-parent commit(s), ${inputs.runners} at once`;
  const lines = [`## Shopfloor bisect: ${plan.kind}`, ''];
  if (plan.kind === 'found') {
    io.setOutput('culprit', plan.culprit.sha);
    io.setOutput('confidence', plan.confidence.toFixed(4));
    lines.push(`Culprit: \`${plan.culprit.sha.slice(0, 12)}\` ${subjects[plan.culprit.sha] ?? ''} (confidence ${plan.confidence.toFixed(4)}).`, '', `Next: \`command: revert\` with \`culprit: ${plan.culprit.sha}\`.`);
  } else if (plan.kind === 'no-regression') lines.push('The bad commit passed on the re-check: its red was a flake.');
  else if (plan.kind === 'range') lines.push('The culprit is one of these commits, which could not be told apart (skipped):', '', ...plan.suspects.map((s) => `- \`${s.sha.slice(0, 12)}\` ${subjects[s.sha] ?? ''}`));
  else if (plan.kind === 'budget') lines.push('Out of build budget before reaching confidence; top suspects:', '', ...plan.top.map((s) => `- ${(100 * s.probability).toFixed(1)}% \`${s.sha.slice(0, 12)}\` ${subjects[s.sha] ?? ''}`));
  lines.push('', cost);
  io.appendSummary(lines.join('\n'));
  return plan.kind === 'found' || plan.kind === 'no-regression' ? ActionExit.ok : ActionExit.failed;
}
