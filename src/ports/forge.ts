import type { GitChange } from '../core/git/git-types.ts';
import type { RepoPermission } from '../core/github/authorize-command.ts';
import type { BranchStartForge } from './branch-start-forge.ts';
import type { CheckRunForge, CheckRunState } from './check-run-forge.ts';
import type { CommentForge, CommentTarget, IssueComment } from './comment-forge.ts';
import type { RunStateStore } from './run-state-store.ts';
import type { CommitComparison, ForgeCommit, ForgeTreeEntry, PullSummary, TreeEntryWrite } from './git-data-forge.ts';

/** What an `ensure*` did: `created: false` means an earlier write with the same key was found and reused. */
export interface Ensured<T> {
  readonly created: boolean;
  readonly value: T;
}

export interface CheckAnnotation {
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

/** A check run keyed by name and head SHA; annotations go up in batches of 50. */
export interface CheckRunSpec extends CheckRunState {
  readonly name: string;
  readonly headSha: string;
  /** Shopfloor's id for what the check reports (run id, report digest). */
  readonly externalId?: string;
  readonly annotations?: readonly CheckAnnotation[];
}

export interface PullRequestSpec {
  readonly head: string;
  readonly base: string;
  readonly title: string;
  readonly body: string;
  readonly draft: boolean;
}

export interface PullRequestInfo {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly url: string;
  readonly draft: boolean;
  readonly author: string;
}

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** Expected merge refusals are data: `head-moved` is GitHub's 409 when `sha` no longer matches the head. */
export type MergeOutcome =
  | { readonly merged: true; readonly sha: string }
  | { readonly merged: false; readonly reason: 'head-moved' | 'not-mergeable'; readonly message: string };

/** A file read from the default branch: policy and agent config never come from a PR head. */
export interface DefaultBranchFile {
  readonly text: string;
  readonly ref: string;
}

/**
 * The forge as Shopfloor's workflows use it (GitHub, or the local forge). Every write that a retry or a
 * redelivered webhook could repeat is an `ensure*` that upserts by a stable key, so repeating it never
 * duplicates a side effect. `repo` is `owner/name` everywhere.
 */
export interface Forge extends CommentForge, CheckRunForge, BranchStartForge {
  /** The issue/PR comment whose first line is the key marker, updated when the body differs, else created. */
  readonly ensureComment: (target: CommentTarget, key: string, body: string) => Promise<Ensured<IssueComment>>;
  /** `absent`: the head commit was just made by the caller, so no check run is on it yet (a retry of a lost answer still looks). */
  readonly ensureCheckRun: (repo: string, spec: CheckRunSpec, known?: { readonly absent: boolean }) => Promise<Ensured<{ readonly id: number }>>;
  /** A branch by name; an existing branch is left where it is, whatever `fromSha` says. */
  readonly ensureBranch: (repo: string, name: string, fromSha: string) => Promise<Ensured<{ readonly sha: string }>>;
  /** One file committed on a branch; nothing is written when the file already has this content. */
  readonly ensureFile: (repo: string, branch: string, path: string, content: string, message: string) => Promise<Ensured<{ readonly commitSha: string }>>;
  /** The open PR for a head branch, or a new one (draft when asked); `absent`: the branch is new, so create first. */
  readonly ensurePullRequest: (repo: string, spec: PullRequestSpec, known?: { readonly absent: boolean }) => Promise<Ensured<PullRequestInfo>>;
  /**
   * The issue whose body starts with the key marker (open or closed), or a new one. Two handlings at once
   * can both create it (GitHub has no unique key for issues): hold a claim on the key (`claimEffect`) and
   * pass `absent` when the claim is new, so the lookup is skipped (a retry of a lost answer still looks).
   */
  readonly ensureIssue: (repo: string, key: string, issue: { readonly title: string; readonly body: string; readonly labels?: readonly string[] }, known?: { readonly absent: boolean }) => Promise<Ensured<{ readonly number: number; readonly url: string }>>;
  /** The issue whose body starts with the key marker (open or closed; filtered by `label` when given), if any. */
  readonly findIssue: (repo: string, key: string, label?: string) => Promise<{ readonly number: number; readonly url: string } | undefined>;
  /** Merges only if the head is still `sha`. */
  readonly mergePullRequest: (repo: string, number: number, options: { readonly sha: string; readonly method: MergeMethod; readonly title?: string; readonly message?: string }) => Promise<MergeOutcome>;
  readonly getPullRequest: (repo: string, number: number) => Promise<PullRequestInfo>;
  readonly listPullRequestFiles: (repo: string, number: number) => Promise<readonly GitChange[]>;
  /** The user's permission on the repo; `none` when the API fails, so callers fail closed. */
  readonly getPermission: (repo: string, user: string) => Promise<RepoPermission>;
  /** `workflow_dispatch` of a workflow file on `ref`; returns once GitHub accepted it, never waits for a runner. */
  readonly dispatchWorkflow: (repo: string, workflow: string, ref: string, inputs: Readonly<Record<string, string>>) => Promise<void>;
  readonly getDefaultBranch: (repo: string) => Promise<{ readonly name: string; readonly sha: string }>;
  /** The default branch's name alone (often known from the event, so no call at all). */
  readonly getDefaultBranchName: (repo: string) => Promise<string>;
  /** A file at the default branch's head; undefined when it does not exist. */
  readonly readDefaultBranchFile: (repo: string, path: string) => Promise<DefaultBranchFile | undefined>;
  /** A git ref's commit (`heads/main`, `shopfloor/canary/last-good`); undefined when the ref does not exist. */
  readonly getRef: (repo: string, ref: string) => Promise<string | undefined>;
  readonly getCommit: (repo: string, sha: string) => Promise<ForgeCommit>;
  /** `base...head` through the compare API (one request; see `CommitComparison` for its limits). */
  readonly compareCommits: (repo: string, base: string, head: string) => Promise<CommitComparison>;
  /** The blobs at `paths` in a commit's (or tree's) tree, read once recursively; `truncated` when GitHub cut the tree. */
  readonly readTreeEntries: (repo: string, treeish: string, paths: readonly string[]) => Promise<{ readonly entries: readonly ForgeTreeEntry[]; readonly truncated: boolean }>;
  /** A new commit whose tree is `baseTree` with `entries` written (git data API: no checkout, no push). */
  readonly createCommitOnTree: (repo: string, spec: { readonly baseTree: string; readonly parents: readonly string[]; readonly message: string; readonly entries: readonly TreeEntryWrite[] }) => Promise<{ readonly sha: string }>;
  /** Pull requests a commit belongs to (for a merge commit: the PR it merged). */
  readonly pullRequestsForCommit: (repo: string, sha: string) => Promise<readonly PullSummary[]>;
  /** The newest pull requests (one page of 100), open or all; quotas read them. */
  readonly listRecentPullRequests: (repo: string, state: 'open' | 'all') => Promise<readonly PullSummary[]>;
  /** One pull request with its merge facts (`mergedAt`, `mergeCommitSha`). */
  readonly getPullRequestSummary: (repo: string, number: number) => Promise<PullSummary>;
  /** Closes a pull request without merging; closing a closed one changes nothing. */
  readonly closePullRequest: (repo: string, number: number) => Promise<void>;
  /** Check runs named `name` on one commit, each with the App that wrote it (any App may use any name). */
  readonly listCheckRuns: (repo: string, sha: string, name: string) => Promise<readonly CheckRunInfo[]>;
  /** A pull request's commit SHAs, oldest first (GitHub lists at most 250). */
  readonly listPullRequestCommits: (repo: string, number: number) => Promise<readonly string[]>;
  /** A file at exactly one commit (a full SHA, never a branch name); undefined when it does not exist there. */
  readonly readFileAtCommit: (repo: string, path: string, sha: string) => Promise<string | undefined>;
  /** A pull request with what landing it needs: its GraphQL node id, state and base. */
  readonly getPullRequestLanding: (repo: string, number: number) => Promise<PullRequestLanding>;
  /** The open pull request whose head is `branch` in this repository, if any. */
  readonly findOpenPullRequest: (repo: string, branch: string) => Promise<number | undefined>;
  /** Takes a draft out of draft (GraphQL `markPullRequestReadyForReview`; REST cannot). */
  readonly markPullRequestReady: (repo: string, nodeId: string) => Promise<void>;
  /** Adds the pull request to the merge queue, only while its head is `expectedHeadSha` (GraphQL `enqueuePullRequest`). */
  readonly enqueuePullRequest: (repo: string, nodeId: string, expectedHeadSha: string) => Promise<EnqueueOutcome>;
  /**
   * Merges the base branch into the PR's head branch (GitHub's "Update branch"), only while the head is
   * `expectedHeadSha`. GitHub answers before the merge commit exists; the push arrives as `synchronize`.
   */
  readonly updatePullRequestBranch: (repo: string, number: number, expectedHeadSha: string) => Promise<BranchUpdateOutcome>;
  /** A commit status (shown beside check runs; branch protection can require its context). */
  readonly setCommitStatus: (repo: string, sha: string, status: CommitStatus) => Promise<void>;
  /** Replaces an issue's title and body (the keyed issue `ensureIssue` found keeps its key marker only if `body` has it). */
  readonly updateIssue: (repo: string, number: number, issue: { readonly title: string; readonly body: string }) => Promise<void>;
  /** One issue or PR comment by id, as it is now (a runner re-reads its tracking comment before writing it); undefined when deleted. */
  readonly getIssueComment: (repo: string, commentId: number) => Promise<IssueComment | undefined>;
  /** Run state refs (`refs/shopfloor/runs/<run id>`) where the forge keeps them (GitHub); absent elsewhere. */
  readonly runStates?: RunStateStore;
}

export interface CommitStatus {
  readonly context: string;
  readonly state: 'error' | 'failure' | 'pending' | 'success';
  /** GitHub keeps the first 140 characters. */
  readonly description: string;
  readonly targetUrl?: string;
}

/** A check run as a reader sees it: who wrote it and what it says. */
export interface CheckRunInfo {
  readonly id: number;
  readonly headSha: string;
  readonly appId: number | undefined;
  readonly status: string;
  readonly conclusion: string | null;
  readonly externalId: string | undefined;
  readonly text: string | undefined;
}

export interface PullRequestLanding extends PullRequestInfo {
  readonly nodeId: string;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly baseRef: string;
}

/** `refused`: the head moved, or main does not merge cleanly into the branch (GitHub's 422 says which). */
export type BranchUpdateOutcome = { readonly updated: true } | { readonly updated: false; readonly message: string };

/** Expected refusals are data, as for merges: GitHub refuses when the head moved or the PR cannot be queued. */
export type EnqueueOutcome = { readonly enqueued: true } | { readonly enqueued: false; readonly message: string };
