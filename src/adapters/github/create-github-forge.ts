import type { Forge } from '../../ports/forge.ts';
import { createGitHubBranchStart } from './github-branch-start.ts';
import { createGitHubChecks } from './github-checks.ts';
import { createGitHubComments } from './github-comments.ts';
import { createGitHubGitData } from './github-git-data.ts';
import { createGitHubLanding } from './github-landing.ts';
import { createGitHubPulls } from './github-pulls.ts';
import { createGitHubRefs } from './github-refs.ts';
import { createGitHubRepoActions } from './github-repo-actions.ts';
import { createGitHubStatuses } from './github-statuses.ts';
import type { GitHubRequest } from './github-request.ts';
import { createGitHubRunState } from './github-run-state.ts';
import type { RunStateStore } from '../../ports/run-state-store.ts';
import { rateLimitDelay, withRetry, type RetryOptions } from './retry-github.ts';
import { createGitHubTrain } from './github-train.ts';
import type { TrainForge } from '../../ports/train-forge.ts';

export interface GitHubForgeOptions {
  readonly request: GitHubRequest;
  readonly retry: RetryOptions;
  /** The App's id: keyed comments are only ever found among the App's own (a user can paste any marker). */
  readonly ownAppId?: number;
  /** A call that has not answered by then is aborted and counts as a network fault (retried). Default 30 s. */
  readonly timeoutMs?: number;
  /** The default branch the event's payload names (signed by GitHub): no call to ask for it again. */
  readonly knownDefaultBranch?: { readonly repo: string; readonly name: string };
}

/**
 * Per-call options every GitHub request gets: a deadline (a hung call would stall a work queue for good)
 * and `retries: 0` for Octokit's own retry plugin, which Probot enables: it would repeat a create whose
 * answer was lost, while this adapter's retry repeats whole look-then-write `ensure*` steps instead.
 */
export function withRequestDefaults(request: GitHubRequest, timeoutMs: number): GitHubRequest {
  return (route, params) => request(route, { ...params, request: { retries: 0, ...params.request, signal: params.request?.signal ?? AbortSignal.timeout(timeoutMs) } });
}

/**
 * The GitHub Forge over any Octokit's `request`. Every method is retried as a whole (5xx, secondary
 * rate limits, network faults); the `ensure*` methods look before they write, so a retry after a lost
 * answer finds the first write instead of repeating it. `getPermission` retries its read, then fails closed.
 */
export function createGitHubForge(options: GitHubForgeOptions): Forge {
  const request = withRequestDefaults(options.request, options.timeoutMs ?? 30_000);
  const parts = { ...createGitHubComments(request, options.ownAppId), ...createGitHubChecks(request), ...createGitHubRefs(request, options.knownDefaultBranch), ...createGitHubPulls(request), ...createGitHubRepoActions(request), ...createGitHubStatuses(request) };
  const retried = retriedWith(options.retry);
  return {
    // Plain creates are not idempotent, so they are never retried blind; the comment sink finds its comment by marker.
    createIssueComment: parts.createIssueComment,
    createCheckRun: parts.createCheckRun,
    updateIssueComment: retried(parts.updateIssueComment),
    listIssueComments: retried(parts.listIssueComments),
    updateCheckRun: retried(parts.updateCheckRun),
    ensureComment: retried(parts.ensureComment),
    ensureCheckRun: (repo, spec, known) => {
      let tries = 0;
      return withRetry(() => parts.ensureCheckRun(repo, spec, known?.absent === true && tries++ === 0), options.retry);
    },
    ensureBranch: retried(parts.ensureBranch),
    ensureFile: retried(parts.ensureFile),
    // Both retried as a whole: a start repeated after a lost answer finds its branch moved and looks (REST) instead of writing.
    ...branchStartParts(createGitHubBranchStart(request, parts), retried),
    ensurePullRequest: retried(parts.ensurePullRequest),
    // A claimed key skips the lookup on the first try only: a retry after a lost answer must find that issue.
    ensureIssue: (repo, key, issue, known) => {
      let tries = 0;
      return withRetry(() => parts.ensureIssue(repo, key, issue, known?.absent === true && tries++ === 0), options.retry);
    },
    findIssue: retried(parts.findIssue),
    mergePullRequest: retried(parts.mergePullRequest),
    getPullRequest: retried(parts.getPullRequest),
    listPullRequestFiles: retried(parts.listPullRequestFiles),
    getPermission: (repo, user) => parts.getPermission(repo, user, (operation) => withRetry(operation, options.retry)),
    // GitHub answers 204 once it queued the run; a 5xx or a lost answer is retried (at least once). The
    // App records every dispatch in the run state first, so only one handling of an event ever gets here.
    dispatchWorkflow: retried(parts.dispatchWorkflow),
    getDefaultBranch: retried(parts.getDefaultBranch),
    getDefaultBranchName: retried(parts.getDefaultBranchName),
    readDefaultBranchFile: retried(parts.readDefaultBranchFile),
    setCommitStatus: retried(parts.setCommitStatus), updateIssue: retried(parts.updateIssue),
    ...gitDataParts(createGitHubGitData(request), retried),
    getIssueComment: retried(parts.getIssueComment),
    runStates: createGitHubRunStateStore(options),
    ...landingParts(createGitHubLanding(request), retried, retriedWith(options.retry, rateLimitDelay)),
  };
}

/** An operation retried as a whole. */
type Retried = <A extends unknown[], R>(operation: (...args: A) => Promise<R>) => (...args: A) => Promise<R>;

const retriedWith = (retry: RetryOptions, delayOf?: typeof rateLimitDelay): Retried => (operation) => (...args) => withRetry(() => operation(...args), retry, delayOf);

function branchStartParts(parts: ReturnType<typeof createGitHubBranchStart>, retried: Retried) {
  return { readDefaultBranchHead: retried(parts.readDefaultBranchHead), ensureBranchWithFile: retried(parts.ensureBranchWithFile) };
}

/**
 * Reads are retried; the merge-queue write only when GitHub refused it for a rate limit (it did not run),
 * never after a 5xx or a lost answer (it could have landed). Marking ready is idempotent.
 */
function landingParts(parts: ReturnType<typeof createGitHubLanding>, retried: Retried, retriedIfRateLimited: Retried) {
  return {
    listCheckRuns: retried(parts.listCheckRuns),
    listPullRequestCommits: retried(parts.listPullRequestCommits),
    readFileAtCommit: retried(parts.readFileAtCommit),
    getPullRequestLanding: retried(parts.getPullRequestLanding),
    findOpenPullRequest: retried(parts.findOpenPullRequest),
    markPullRequestReady: retried(parts.markPullRequestReady),
    enqueuePullRequest: retriedIfRateLimited(parts.enqueuePullRequest),
    // Safe to repeat: a second update of an updated head is refused (422, head moved), never merged twice.
    updatePullRequestBranch: retried(parts.updatePullRequestBranch),
  };
}

/** Git data reads and writes, every one retried as a whole: the writes make new objects or set a state, so a repeat is harmless. */
function gitDataParts(parts: ReturnType<typeof createGitHubGitData>, retried: Retried) {
  return {
    getRef: retried(parts.getRef), getCommit: retried(parts.getCommit), compareCommits: retried(parts.compareCommits), readTreeEntries: retried(parts.readTreeEntries),
    createCommitOnTree: retried(parts.createCommitOnTree), pullRequestsForCommit: retried(parts.pullRequestsForCommit), listRecentPullRequests: retried(parts.listRecentPullRequests),
    getPullRequestSummary: retried(parts.getPullRequestSummary), closePullRequest: retried(parts.closePullRequest),
  };
}

/**
 * Run state refs over the same request, each call retried on its own: a ref update repeated after a lost
 * answer names the same commit, and finding the ref at that commit counts as written.
 */
export function createGitHubRunStateStore(options: GitHubForgeOptions): RunStateStore {
  return createGitHubRunState(withRequestDefaults(options.request, options.timeoutMs ?? 30_000), (operation) => withRetry(operation, options.retry));
}

/**
 * The merge train's git writes, each retried as a whole: a repeated `setBranch` or delete ends where the
 * first did; a repeated merge of a head already merged is GitHub's 204 (the tip is read back); a repeated
 * fast-forward of main finds main already at the target and reports success.
 */
export function createGitHubTrainForge(options: GitHubForgeOptions): TrainForge {
  const train = createGitHubTrain(withRequestDefaults(options.request, options.timeoutMs ?? 30_000));
  const retried = retriedWith(options.retry);
  return {
    setBranch: retried(train.setBranch), mergeIntoBranch: retried(train.mergeIntoBranch), fastForwardBranch: retried(train.fastForwardBranch),
    deleteBranch: retried(train.deleteBranch), hasGitHubMergeQueue: retried(train.hasGitHubMergeQueue),
  };
}
