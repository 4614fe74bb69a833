import { parseMergeQueueRef } from '../../core/github/merge-queue-ref.ts';
import { mergeCheckName } from '../../core/github/render-merge-check.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';

export interface MergeGroupEvent {
  readonly repo: string;
  /** The merge group's commit, which GitHub wants the required checks on. */
  readonly headSha: string;
  readonly headRef: string;
}

export type MergeGroupOutcome = { readonly kind: 'ignored'; readonly reason: string } | { readonly kind: 'checked'; readonly approved: boolean };

/**
 * `merge_group.checks_requested`: a queue waits for its required checks on the group's own commit, so
 * `shopfloor/merge` must be said again there. It passes only when the App's own `shopfloor/merge` check
 * passed on exactly the head the agent PR entered the queue with (enqueueing pins that head); a PR that
 * somebody else enqueued is held. PRs that are not agent PRs are not Shopfloor's to gate: no write.
 */
export async function checkMergeGroup(deps: GitHubAppDeps, event: MergeGroupEvent): Promise<MergeGroupOutcome> {
  const { forge, settings } = deps;
  const entry = parseMergeQueueRef(event.headRef);
  if (!entry) return { kind: 'ignored', reason: `${event.headRef} is not a merge queue branch` };
  const pull = await forge.getPullRequestLanding(event.repo, entry.pullNumber);
  if (!parseAgentBranch(pull.headRef)) return { kind: 'ignored', reason: `#${entry.pullNumber} is not a Shopfloor agent pull request` };
  const ours = await forge.listCheckRuns(event.repo, entry.headSha, mergeCheckName);
  const approved = ours.some((run) => run.appId === settings.appId && run.conclusion === 'success');
  const short = entry.headSha.slice(0, 7);
  await forge.ensureCheckRun(event.repo, approved
    ? { name: mergeCheckName, headSha: event.headSha, status: 'completed', conclusion: 'success', output: { title: `Shopfloor approved #${entry.pullNumber} at ${short}`, summary: `#${entry.pullNumber} entered the queue at \`${short}\`, the head Shopfloor's signed report and approvals cover.` } }
    : { name: mergeCheckName, headSha: event.headSha, status: 'completed', conclusion: 'action_required', detailsUrl: pull.url, output: { title: `Shopfloor has not approved #${entry.pullNumber} at ${short}`, summary: `#${entry.pullNumber} entered the queue at \`${short}\`, but Shopfloor's \`${mergeCheckName}\` check on that head did not pass. To fix: remove it from the queue; Shopfloor enqueues it itself once the \`${mergeCheckName}\` check on the pull request lists nothing missing.` } });
  return { kind: 'checked', approved };
}
