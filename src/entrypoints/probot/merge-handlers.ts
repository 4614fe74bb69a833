import type { Context, Probot } from 'probot';
import { parseMergeQueueRef } from '../../core/github/merge-queue-ref.ts';
import { mergeCheckName } from '../../core/github/render-merge-check.ts';
import { checkMergeGroup } from '../../workflows/github/check-merge-group.ts';
import type { GitHubAppDeps } from '../../workflows/github/github-app-deps.ts';
import { isLandableBranch, landPullRequest } from '../../workflows/github/land-pull.ts';
import { gatesCheckName } from '../../workflows/github/publish-report-check.ts';
import { onStagingVerified, parseStagingBranch } from '../../workflows/github/on-staging-verified.ts';
import { leaveTrain } from '../../workflows/github/land-through-train.ts';
import { sweepTrain, sweepWorkflow } from '../../workflows/github/sweep-train.ts';
import { onWebhook } from './on-webhook.ts';

/** What the app function lends its handlers: the per-key queue with delivery dedupe, and the deps. */
export interface HandlerWiring {
  readonly dispatch: (context: Context, key: string, work: () => Promise<unknown>) => Promise<unknown>;
  readonly depsFor: (context: Context) => GitHubAppDeps;
}

type PullRef = { readonly number: number; readonly head: { readonly ref: string } };

/**
 * The PR half of the App: every event that can change whether an agent or revert PR may merge runs one landing
 * decision in the PR's queue (the same key as its comments, so `/shopfloor approve` and a push never race).
 * `check_run.completed` arrives for check runs of other Apps too (GitHub Actions' `GITHUB_TOKEN`
 * included: an App with `checks: write` is subscribed to all of them); `workflow_run.completed` is the
 * fallback for a verify workflow that reports through its own job; `merge_group.checks_requested` and the
 * gates of a queue commit decide that commit's own `shopfloor/merge` (approved head + its signed report). Events about other branches cost no API call.
 */
export function registerMergeHandlers(app: Probot, wiring: HandlerWiring): void {
  const land = (context: Context, repo: string, pullNumber: number, requeue = false) =>
    wiring.dispatch(context, `${repo}#${pullNumber}`, () => landPullRequest(wiring.depsFor(context), { repo, pullNumber, ...(requeue ? { requeue } : {}) }));
  /** The gates of a merge-train staging commit: one queue per repository's train on this instance (replicas meet at the state ref). */
  const trainVerified = (context: Context, repo: string, branch: string, sha: string, checkRunId: number) => wiring.dispatch(context, `${repo}@train`, async () => {
    const deps = wiring.depsFor(context);
    if (!deps.train) return { kind: 'ignored', reason: 'this App has no merge-train git writes' };
    return onStagingVerified({ ...deps, train: deps.train }, { repo, branch, sha, checkRunId });
  });
  /** A re-evaluation of the repository's train (a lost delivery's fallback), in the same queue as its verifications. */
  const sweep = (context: Context, repo: string) => wiring.dispatch(context, `${repo}@train`, async () => {
    const deps = wiring.depsFor(context);
    return deps.train ? sweepTrain({ ...deps, train: deps.train }, repo) : { kind: 'ignored', reason: 'this App has no merge-train git writes' };
  });
  /** The agent or revert PR of a check or workflow run: from the payload, or looked up by its branch. */
  const agentPull = async (context: Context, repo: string, pulls: readonly PullRef[] | undefined, branch: string | null | undefined) => {
    const listed = (pulls ?? []).find((pull) => isLandableBranch(pull.head.ref));
    if (listed) return listed.number;
    if (!branch || !isLandableBranch(branch)) return undefined;
    return wiring.depsFor(context).forge.findOpenPullRequest(repo, branch);
  };

  onWebhook(app, ['pull_request.opened', 'pull_request.reopened', 'pull_request.synchronize', 'pull_request.ready_for_review'], 'pull_request', async (context, { pull_request: pull, repository }) => {
    // Agent branches live in the repository itself; a fork's branch of the same name is someone else's.
    if (!isLandableBranch(pull.head.ref) || pull.head.repo?.full_name !== repository.full_name) return;
    await land(context, repository.full_name, pull.number);
  });
  // A closed agent PR leaves the merge train (a merged one left it when it landed; dequeuing is then a no-op).
  onWebhook(app, 'pull_request.closed', 'pull_request', async (context, { pull_request: pull, repository }) => {
    if (!isLandableBranch(pull.head.ref) || pull.head.repo?.full_name !== repository.full_name) return;
    await wiring.dispatch(context, `${repository.full_name}#${pull.number}`, async () => {
      const deps = wiring.depsFor(context);
      return deps.train ? leaveTrain({ ...deps, train: deps.train }, repository.full_name, pull.number, 'closed') : { left: false };
    });
  });
  // A person deleted or edited the App's reply that records an approval: that approval is void, so the
  // PR is decided again (and leaves the merge train if it may no longer land).
  onWebhook(app, ['issue_comment.edited', 'issue_comment.deleted'], 'issue_comment.changed', async (context, { comment, changes, issue, sender, repository }) => {
    if (!issue?.pull_request || sender.type === 'Bot' || comment.performed_via_github_app?.id !== wiring.depsFor(context).settings.appId) return;
    if (!(changes?.body?.from ?? comment.body ?? '').includes('<!-- shopfloor:approval ')) return;
    await land(context, repository.full_name, issue.number);
  });
  const checkGroup = (context: Context, repo: string, headSha: string, headRef: string) =>
    wiring.dispatch(context, `${repo}@${headSha}`, () => checkMergeGroup(wiring.depsFor(context), { repo, headSha, headRef }));

  onWebhook(app, 'check_run.completed', 'check_run', async (context, { check_run: run, repository }) => {
    if (run.name !== gatesCheckName) return;
    // The gates of a merge queue commit: that commit's own shopfloor/merge decides again.
    const queueRef = run.check_suite?.head_branch;
    if (queueRef && parseMergeQueueRef(queueRef)) return void (await checkGroup(context, repository.full_name, run.head_sha, queueRef));
    // The gates of a merge-train staging commit: the planner hears `verified`.
    if (queueRef && parseStagingBranch(queueRef) !== undefined) return void (await trainVerified(context, repository.full_name, queueRef, run.head_sha, run.id));
    // The gates of the default branch itself (a maintainer verifying a commit pushed outside the train): the train may go on.
    if (queueRef && queueRef === repository.default_branch) return void (await sweep(context, repository.full_name));
    const number = await agentPull(context, repository.full_name, run.pull_requests, run.check_suite?.head_branch);
    if (number !== undefined) await land(context, repository.full_name, number);
  });
  // "Re-run" on a held shopfloor/merge check: GitHub sends `rerequested` only to the App that made the run (us).
  onWebhook(app, 'check_run.rerequested', 'check_run', async (context, { check_run: run, repository }) => {
    if (run.name !== mergeCheckName || run.app?.id !== wiring.depsFor(context).settings.appId) return;
    const number = await agentPull(context, repository.full_name, run.pull_requests, run.check_suite?.head_branch);
    // Re-running the check is how a person queues a head the merge train evicted again.
    if (number !== undefined) await land(context, repository.full_name, number, true);
  });
  onWebhook(app, 'workflow_run.completed', 'workflow_run.completed', async (context, { workflow_run: run, repository }) => {
    // The verify workflow finished on a staging branch (GitHub's second, independent delivery, so a lost
    // check_run delivery stalls nothing), or the scheduled sweep workflow finished: the train is re-evaluated.
    if (run.head_branch && parseStagingBranch(run.head_branch) !== undefined) return void (await sweep(context, repository.full_name));
    if (run.path?.endsWith(`/${sweepWorkflow}`)) return void (await sweep(context, repository.full_name));
    const number = await agentPull(context, repository.full_name, run.pull_requests, run.head_branch);
    if (number !== undefined) await land(context, repository.full_name, number);
  });
  onWebhook(app, 'merge_group.checks_requested', 'merge_group.checks_requested', async (context, { merge_group: group, repository }) => {
    if (!repository) return;
    await checkGroup(context, repository.full_name, group.head_sha, group.head_ref);
  });
}
