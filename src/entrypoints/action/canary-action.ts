import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import type { CheckRunConclusion } from '../../ports/check-run-forge.ts';
import type { CommitStatus } from '../../ports/forge.ts';
import { canaryNotesRef, lastGoodRef } from '../../workflows/canary/canary-notes.ts';
import type { CanaryPolicy } from '../../core/policy/canary-schema.ts';
import { gateBoxSettings } from '../../workflows/work-copy/open-work-copy.ts';
import { runCanary, type CanaryRun } from '../../workflows/canary/run-canary.ts';
import { findCulprit } from './bisect-action.ts';
import { openRevert } from './revert-action.ts';
import { loadPolicy } from '../cli/load-policy.ts';
import { ActionExit, ActionInputError, runLink, type ActionContext } from './action-context.ts';
import { commandEnvNames } from '../../core/policy/command-env.ts';

/** The check run and commit status context of the canary on main. */
export const canaryCheckName = 'shopfloor/canary';

const published: Record<string, { conclusion: CheckRunConclusion; state: CommitStatus['state'] }> = {
  GREEN: { conclusion: 'success', state: 'success' },
  FLAKY: { conclusion: 'neutral', state: 'success' },
  RED: { conclusion: 'failure', state: 'failure' },
  INCONCLUSIVE: { conclusion: 'neutral', state: 'error' },
};

/**
 * `canary`: the canary flows on the checked-out commit (main), the verdict as the `shopfloor/canary`
 * check run and commit status, and on GREEN `refs/shopfloor/canary/last-good` advanced on origin. The
 * last-good ref and the canary notes (flake history) are fetched first and pushed back, so ephemeral
 * runners share them. RED fails the check run and the job: the App reacts to the failed workflow run with bisect and revert; with
 * `on-red: revert` (no App installed) this job bisects and opens the revert PR itself.
 */
export async function canaryAction(context: ActionContext<'canary'>): Promise<ActionExit> {
  const { inputs, io, root, git, forge, push, fetch } = context;
  const policy = await loadPolicy(root);
  if (!policy.canary) throw new ActionInputError(undefined, `${policyPath} has no "canary:" section; add a build command and flows (see shopfloor init), then run the canary again`);
  const hasOrigin = (await git.raw(root, ['remote', 'get-url', 'origin'])).exitCode === 0;
  // Each fetched alone: a ref origin does not have yet must not stop the other from arriving.
  if (hasOrigin) for (const ref of [lastGoodRef, canaryNotesRef]) await fetch(['--quiet'], [`+${ref}:${ref}`]);
  const before = await git.revParse(root, lastGoodRef);
  const runner = createJudgedRunner();
  const box = gateBoxSettings(runner.isolation, policy.isolation);
  if (!box.ok) throw new ActionInputError(undefined, box.message);
  const result = await runCanary(
    { repoDir: root, box: box.settings, rev: 'HEAD', policy: policy.canary, env: io.env, policyEnv: policy.env ?? [], now: () => new Date(), signal: io.signal, onRun: (e) => io.log(`${e.sha.slice(0, 12)} ${e.flow} ${e.run.result}`) },
    { git, runner, scratch: createNodeScratchSpace() },
  );
  const { verdict } = result;
  if (hasOrigin) {
    const lease = `--force-with-lease=${lastGoodRef}:${before ?? ''}`;
    const pushes: [string[], string][] = [...(result.advanced ? [[[lease], `${lastGoodRef}:${lastGoodRef}`] as [string[], string]] : []), [[], `${canaryNotesRef}:${canaryNotesRef}`]];
    for (const [options, refspec] of pushes) {
      const pushed = await push(['--quiet', ...options], [refspec]);
      if (pushed.exitCode !== 0) io.warning(`could not push ${refspec} to origin (${pushed.stderr.trim()}); the next canary learns less. Give the job \`contents: write\`.`);
    }
  }
  const checkSummary = [...verdict.reasons, ...verdict.warnings].join('\n') || `canary ${verdict.verdict}`;
  const title = `${verdict.verdict}${verdict.regressed.length ? `: regressed ${verdict.regressed.join(', ')}` : ''}`;
  const mapping = published[verdict.verdict]!;
  const check = await forge().ensureCheckRun(io.context.repo, { name: canaryCheckName, headSha: result.sha, status: 'completed', conclusion: mapping.conclusion, output: { title, summary: checkSummary }, externalId: `canary-${result.sha}`, ...(io.context.runUrl ? { detailsUrl: io.context.runUrl } : {}) });
  // The check run is the verdict of record; a status the token may not write (no `statuses: write`) is a warning.
  await forge().setCommitStatus(io.context.repo, result.sha, { context: canaryCheckName, state: mapping.state, description: title, targetUrl: runLink(io) })
    .catch((error: unknown) => io.warning(`could not set the ${canaryCheckName} commit status (${error instanceof Error ? error.message : String(error)}); give the job \`statuses: write\``));
  io.setOutput('verdict', verdict.verdict);
  io.setOutput('check-run-id', String(check.value.id));
  const summary = [
    `## Shopfloor canary: ${verdict.verdict} at \`${result.sha.slice(0, 12)}\``,
    '',
    ...[...verdict.reasons, ...verdict.warnings].map((line) => `- ${line}`),
    '',
    verdict.verdict === 'GREEN' ? (result.advanced ? `\`${lastGoodRef}\` advanced to \`${result.sha.slice(0, 12)}\`.` : `\`${lastGoodRef}\` moved meanwhile and was not advanced; run the canary again.`) : '',
    verdict.verdict === 'RED' ? `Next: find the culprit with \`command: bisect\` (good: \`${result.lastGood ?? lastGoodRef}\`, bad: \`${result.sha.slice(0, 12)}\`), then \`command: revert\`. With the Shopfloor App installed it does this when this canary workflow run fails.` : '',
    verdict.verdict === 'INCONCLUSIVE' ? 'Holding: nothing is blamed or reverted on missing data; fix the infrastructure and run the canary again.' : '',
  ];
  if (verdict.verdict === 'RED' && inputs.onRed === 'revert') summary.push('', ...(await revertOnRed(context, result, policy.canary, policy.env ?? [])));
  await io.appendSummary(summary.join('\n'));
  return verdict.verdict === 'GREEN' || verdict.verdict === 'FLAKY' ? ActionExit.ok : ActionExit.failed;
}

/**
 * RED with no App to react: bisect from last-good with the regressed flow's command (its learned flake
 * rate sizes the reruns), then the revert PR with this job's token. Returns the summary lines.
 */
async function revertOnRed(context: ActionContext<'canary'>, result: CanaryRun, policy: CanaryPolicy, policyEnv: readonly string[]): Promise<string[]> {
  const { io } = context;
  const flow = policy.flows.find((f) => result.verdict.regressed.includes(f.id));
  const run = flow?.run ?? policy.build;
  if (!result.lastGood || !run) return [`Not reverting: ${!result.lastGood ? `there is no \`${lastGoodRef}\` yet, so there is no good commit to bisect from` : 'no failing flow command to bisect with'}.`];
  const flakeRate = Math.min(0.5, result.flakeRates[flow?.id ?? ''] ?? policy.flakeRate);
  const found = await findCulprit(context, { good: result.lastGood, bad: result.sha, run, env: commandEnvNames(policyEnv, flow?.env), runners: context.inputs.runners, ...(flakeRate > 0 ? { flakeRate } : {}) });
  if (found.culprit) {
    io.setOutput('culprit', found.culprit);
    io.setOutput('confidence', (found.confidence ?? 0).toFixed(4));
  }
  if (!found.culprit) return [...found.summary, '', 'Not reverting: no single culprit was found.'];
  const outcome = await openRevert(context, { culprit: found.culprit, ...(found.confidence !== undefined ? { confidence: found.confidence } : {}), run });
  if (outcome.created) io.setOutput('pr-number', String(outcome.prNumber));
  return [...found.summary, '', ...outcome.summary];
}
