import { tmpdir } from 'node:os';
import { loadPolicy } from '../cli/load-policy.ts';
import { ActionExit, ActionInputError, runLink, type ActionContext } from './action-context.ts';
import { revertWithLocalGates } from '../cli/revert-wiring.ts';

/** Why a revert PR opened with the workflow's own token sits there without checks (GitHub docs: GITHUB_TOKEN). */
export const workflowTokenLimits = 'A pull request opened with the workflow\'s `GITHUB_TOKEN` does not trigger `pull_request` workflows, so its checks never start: push an empty commit or re-open it as a person, or pass a GitHub App token as `github-token` (or install the Shopfloor App, which opens revert PRs itself).';

/** What `openRevert` did: the PR it opened, or why it refused, with the summary lines. */
export type RevertOutcome = { readonly created: true; readonly prNumber: number; readonly summary: readonly string[] } | { readonly created: false; readonly summary: readonly string[] };

/**
 * The policy-checked revert of `culprit` on `shopfloor/revert/<sha>` (gates and a trial canary in scratch
 * worktrees, never the checkout), pushed to origin and opened as a pull request against the default
 * branch. A refused revert opens nothing and says why.
 */
export async function openRevert({ io, root, git, forge, push }: Pick<ActionContext, 'io' | 'root' | 'git' | 'forge' | 'push'>, request: { readonly culprit: string; readonly confidence?: number; readonly run?: string }): Promise<RevertOutcome> {
  const policy = await loadPolicy(root);
  const cli = { stdout: (text: string) => io.log(text.trimEnd()), stderr: (text: string) => io.log(text.trimEnd()), cwd: root, env: io.env, isTTY: false, signal: io.signal };
  const result = await revertWithLocalGates(root, cli, git, policy, {
    repoDir: root, culprit: request.culprit, onto: 'HEAD', policy, nowMs: Date.now(), ...(request.confidence !== undefined ? { confidence: request.confidence } : {}), ...(request.run ? { failingCheck: { name: 'failing-check', run: request.run } } : {}),
  }, io.env.RUNNER_TEMP ?? tmpdir());
  if (!result.ok) throw new ActionInputError('culprit', result.message);
  const short = result.facts.culprit.sha.slice(0, 12);
  if (!result.created) return { created: false, summary: [`## Shopfloor revert: not reverting \`${short}\``, '', ...result.plan.reasons.map((r) => `- [${r.code}] ${r.message}`)] };
  const branch = result.plan.branch;
  const pushed = await push(['--quiet', '--force-with-lease'], [`${branch}:refs/heads/${branch}`]);
  if (pushed.exitCode !== 0) throw new Error(`could not push ${branch} to origin (${pushed.stderr.trim()}); give the job \`contents: write\``);
  const base = await forge().getDefaultBranch(io.context.repo);
  const body = [
    `Reverts ${result.facts.culprit.sha} ("${result.facts.culprit.subject}").`,
    '',
    `- gates: ${result.gates.passed ? 'passed' : 'FAILED'} (${result.gates.summary})`,
    ...(result.canary ? [`- canary on ${base.name} + this revert: ${result.canary}`] : []),
    ...(request.confidence !== undefined ? [`- bisect confidence: ${request.confidence}`] : []),
    `- bug work order: \`${result.workOrder.path}\` (must add a regression test)`,
    `- policy: ${result.merge.autoMerge ? 'may auto-merge' : 'needs review before merging'}${result.merge.reasons.length ? `: ${result.merge.reasons.join('; ')}` : ''}`,
    '',
    `Opened by [this run](${runLink(io)}).`,
  ].join('\n');
  const pull = await forge().ensurePullRequest(io.context.repo, { head: branch, base: base.name, title: `Revert "${result.facts.culprit.subject}"`, body, draft: false });
  return { created: true, prNumber: pull.value.number, summary: [`## Shopfloor revert: [#${pull.value.number}](${pull.value.url}) reverts \`${short}\``, '', body, '', `> ${workflowTokenLimits}`] };
}

/** `revert`: `openRevert` with the inputs; sets `pr-number`. */
export async function revertAction(context: ActionContext<'revert'>): Promise<ActionExit> {
  const { inputs, io } = context;
  const outcome = await openRevert(context, inputs);
  io.setOutput('verdict', outcome.created ? 'created' : 'refused');
  if (outcome.created) io.setOutput('pr-number', String(outcome.prNumber));
  await io.appendSummary(outcome.summary.join('\n'));
  return outcome.created ? ActionExit.ok : ActionExit.failed;
}
