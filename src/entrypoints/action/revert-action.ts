import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createNodeProcessRunner } from '../../adapters/process/node-process-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { runCanary } from '../../workflows/canary/run-canary.ts';
import { createVerifyGateVerifier } from '../../workflows/loop/verify-gate-verifier.ts';
import { runRevert } from '../../workflows/revert/run-revert.ts';
import { loadPolicy } from '../cli/load-policy.ts';
import { loopVerifyBase } from '../cli/loop-wiring.ts';
import { reportNotesRef } from '../cli/verify-command.ts';
import { ActionExit, ActionInputError, runLink, type ActionContext } from './action-context.ts';

/** Why a revert PR opened with the workflow's own token sits there without checks (GitHub docs: GITHUB_TOKEN). */
export const workflowTokenLimits = 'A pull request opened with the workflow\'s `GITHUB_TOKEN` does not trigger `pull_request` workflows, so its checks never start: push an empty commit or re-open it as a person, or pass a GitHub App token as `github-token` (or install the Shopfloor App, which opens revert PRs itself).';

/**
 * `revert`: the policy-checked revert of `culprit` on `shopfloor/revert/<sha>` (gates and a trial canary
 * in scratch worktrees, never the checkout), pushed to origin and opened as a pull request against the
 * default branch. A refused revert opens nothing and says why.
 */
export async function revertAction({ inputs, io, root, git, forge }: ActionContext<'revert'>): Promise<ActionExit> {
  const policy = await loadPolicy(root);
  const cli = { stdout: (text: string) => io.log(text.trimEnd()), stderr: (text: string) => io.log(text.trimEnd()), cwd: root, env: io.env, isTTY: false, signal: io.signal };
  const runner = createNodeProcessRunner();
  const scratch = createNodeScratchSpace();
  const scratchDir = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), 'shopfloor-revert-'));
  const policyText = await readFile(join(root, policyPath), 'utf8').catch(() => '');
  const canary = policy.canary;
  const result = await runRevert(
    { repoDir: root, culprit: inputs.culprit, onto: 'HEAD', policy, nowMs: Date.now(), ...(inputs.confidence !== undefined ? { confidence: inputs.confidence } : {}), ...(inputs.run ? { failingCheck: { name: 'failing-check', run: inputs.run } } : {}) },
    {
      git, scratch, filesAt: createNodeRepoFiles,
      gates: createVerifyGateVerifier({ verify: await loopVerifyBase(root, cli, 1), policy, policyText, scratchDir, runId: () => `revert-${Date.now()}-${randomBytes(3).toString('hex')}`, noteRef: reportNotesRef, signal: io.signal }),
      ...(canary ? { trialCanary: async (rev: string) => (await runCanary({ repoDir: root, rev, policy: canary, env: io.env, now: () => new Date(), signal: io.signal, record: false }, { git, runner, scratch })).verdict.verdict } : {}),
    },
  ).finally(() => rm(scratchDir, { recursive: true, force: true }));
  if (!result.ok) throw new ActionInputError('culprit', result.message);
  const short = result.facts.culprit.sha.slice(0, 12);
  if (!result.created) {
    io.setOutput('verdict', 'refused');
    io.appendSummary([`## Shopfloor revert: not reverting \`${short}\``, '', ...result.plan.reasons.map((r) => `- [${r.code}] ${r.message}`)].join('\n'));
    return ActionExit.failed;
  }
  const branch = result.plan.branch;
  const pushed = await git.raw(root, ['push', '--quiet', '--force-with-lease', 'origin', `${branch}:refs/heads/${branch}`]);
  if (pushed.exitCode !== 0) throw new Error(`could not push ${branch} to origin (${pushed.stderr.trim()}); give the job \`contents: write\``);
  const base = await forge().getDefaultBranch(io.context.repo);
  const body = [
    `Reverts ${result.facts.culprit.sha} ("${result.facts.culprit.subject}").`,
    '',
    `- gates: ${result.gates.passed ? 'passed' : 'FAILED'} (${result.gates.summary})`,
    ...(result.canary ? [`- canary on ${base.name} + this revert: ${result.canary}`] : []),
    ...(inputs.confidence !== undefined ? [`- bisect confidence: ${inputs.confidence}`] : []),
    `- bug work order: \`${result.workOrder.path}\` (must add a regression test)`,
    `- policy: ${result.merge.autoMerge ? 'may auto-merge' : 'needs review before merging'}${result.merge.reasons.length ? `: ${result.merge.reasons.join('; ')}` : ''}`,
    '',
    `Opened by [this run](${runLink(io)}).`,
  ].join('\n');
  const pull = await forge().ensurePullRequest(io.context.repo, { head: branch, base: base.name, title: `Revert "${result.facts.culprit.subject}"`, body, draft: false });
  io.setOutput('verdict', 'created');
  io.setOutput('pr-number', String(pull.value.number));
  io.appendSummary([`## Shopfloor revert: [#${pull.value.number}](${pull.value.url}) reverts \`${short}\``, '', body, '', `> ${workflowTokenLimits}`].join('\n'));
  return ActionExit.ok;
}
