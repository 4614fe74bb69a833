import { parseMergeQueueRef } from '../../core/github/merge-queue-ref.ts';
import { mergeCheckName, type LandingProblem } from '../../core/github/render-merge-check.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import type { CheckRunSpec } from '../../ports/forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { gatesCheckName } from './publish-report-check.ts';
import { checkGatesReports, readLandingPolicy } from './read-landing-inputs.ts';

export interface MergeGroupEvent {
  readonly repo: string;
  /** The merge group's commit, which GitHub wants the required checks on (and puts on main as it is). */
  readonly headSha: string;
  readonly headRef: string;
}

export type MergeGroupOutcome =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'checked'; readonly approved: boolean; readonly verified: 'pass' | 'waiting' | 'fail' };

/**
 * `merge_group.checks_requested`, and the verify workflow's `shopfloor/gates` on the queue commit: the
 * queue lands its own commit (main + the entries ahead + this PR), so that commit must be the verified
 * tree. `shopfloor/merge` on it passes only when (1) the App's own `shopfloor/merge` passed on exactly the
 * head the agent PR entered the queue with (enqueueing pins that head; a PR somebody else enqueued is
 * held), and (2) a passing report signed by a policy signer proves the queue commit itself. Until that
 * report exists the check stays in progress; a failed or untrusted one fails it, and GitHub drops the
 * entry. PRs that are not agent PRs are not Shopfloor's to gate: no write.
 */
export async function checkMergeGroup(deps: GitHubAppDeps, event: MergeGroupEvent): Promise<MergeGroupOutcome> {
  const { forge, settings } = deps;
  const entry = parseMergeQueueRef(event.headRef);
  if (!entry) return { kind: 'ignored', reason: `${event.headRef} is not a merge queue branch` };
  const pull = await forge.getPullRequestLanding(event.repo, entry.pullNumber);
  if (!parseAgentBranch(pull.headRef)) return { kind: 'ignored', reason: `#${entry.pullNumber} is not a Shopfloor agent pull request` };
  const ours = await forge.listCheckRuns(event.repo, entry.headSha, mergeCheckName);
  const approved = ours.some((run) => run.appId === settings.appId && run.conclusion === 'success');
  const [entered, group] = [entry.headSha.slice(0, 7), event.headSha.slice(0, 7)];
  const spec = (state: Omit<CheckRunSpec, 'name' | 'headSha'>) => forge.ensureCheckRun(event.repo, { name: mergeCheckName, headSha: event.headSha, ...state });
  if (!approved) {
    await spec({ status: 'completed', conclusion: 'action_required', detailsUrl: pull.url, output: { title: `Shopfloor has not approved #${entry.pullNumber} at ${entered}`, summary: `#${entry.pullNumber} entered the queue at \`${entered}\`, but Shopfloor's \`${mergeCheckName}\` check on that head did not pass. To fix: remove it from the queue; Shopfloor enqueues it itself once the \`${mergeCheckName}\` check on the pull request lists nothing missing.` } });
    return { kind: 'checked', approved, verified: 'waiting' };
  }
  const verified = await verifyGroupCommit(deps, event);
  if (verified.kind === 'pass') {
    await spec({ status: 'completed', conclusion: 'success', output: { title: `Shopfloor approved #${entry.pullNumber}; the queue commit ${group} is verified`, summary: `#${entry.pullNumber} entered the queue at \`${entered}\`, the head Shopfloor's signed report and approvals cover, and the signed report ${verified.digest.slice(0, 19)}… proves the queue commit \`${group}\`: the tree that lands on main is the verified one.` } });
  } else if (verified.kind === 'waiting') {
    await spec({ status: 'in_progress', output: { title: `Waiting for the signed gates report on the queue commit ${group}`, summary: `#${entry.pullNumber} entered the queue at \`${entered}\` (approved). The queue lands \`${group}\` itself (main with the entries ahead of it), so Shopfloor waits for a passing signed \`${gatesCheckName}\` report of that commit: the verify workflow must run on \`merge_group\`.` } });
  } else {
    const lines = verified.problems.map((problem) => `- ${problem.message}. To fix: ${problem.fix}.`);
    await spec({ status: 'completed', conclusion: 'action_required', detailsUrl: pull.url, output: { title: `The queue commit ${group} is not verified`, summary: [`#${entry.pullNumber} entered the queue at \`${entered}\` (approved), but the queue commit \`${group}\` it would land is not proven by a passing signed report:`, '', ...lines].join('\n') } });
  }
  return { kind: 'checked', approved, verified: verified.kind };
}

type GroupVerification = { readonly kind: 'pass'; readonly digest: string } | { readonly kind: 'waiting' } | { readonly kind: 'fail'; readonly problems: readonly LandingProblem[] };

/** The signed `shopfloor/gates` report on the queue commit itself, judged against the default branch's signers. */
async function verifyGroupCommit(deps: GitHubAppDeps, event: MergeGroupEvent): Promise<GroupVerification> {
  const policy = await readLandingPolicy(deps, event.repo);
  if (!policy.ok) return { kind: 'fail', problems: [policy.problem] };
  const runs = await deps.forge.listCheckRuns(event.repo, event.headSha, gatesCheckName);
  const gates = checkGatesReports(deps, runs, policy.value, event.headSha);
  if (gates.report?.passed) return { kind: 'pass', digest: gates.report.digest };
  if (gates.report) return { kind: 'fail', problems: [{ message: `the gates failed on the queue commit ${event.headSha.slice(0, 7)} (${gates.report.gates.filter((gate) => gate.status !== 'pass' && gate.status !== 'cached' && gate.status !== 'skipped').map((gate) => `${gate.id}: ${gate.status}`).join(', ')})`, fix: 'GitHub removes the entry from the queue; fix the combination on the agent branch (merge main into it), and Shopfloor enqueues it again once it is verified' }] };
  if (gates.problems.length > 0) return { kind: 'fail', problems: gates.problems };
  return { kind: 'waiting' };
}
