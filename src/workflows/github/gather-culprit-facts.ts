import { revertedBy, revertLedgerFromPulls, splitMessage } from '../../core/github/revert-ledger-from-pulls.ts';
import { parseMergeTrailers } from '../../core/loop/merge-message.ts';
import type { RevertPolicy } from '../../core/policy/revert-schema.ts';
import { revertBranchName } from '../../core/revert/plan-revert.ts';
import { labelsOf } from '../../core/revert/read-commit-message.ts';
import type { RevertFacts } from '../../core/revert/revert-facts.ts';
import { changedPaths } from '../../core/revert/revert-tree.ts';
import type { Forge } from '../../ports/forge.ts';
import type { CommitComparison, ForgeCommit, PullSummary } from '../../ports/git-data-forge.ts';

/** What the App learns about a blamed merge from the API: the policy's facts plus what the revert needs. */
export interface CulpritFacts {
  readonly facts: RevertFacts;
  readonly branch: string;
  /** The culprit against its first parent. */
  readonly diff: CommitComparison;
  /** Everything after the culprit up to main. */
  readonly since: CommitComparison;
  readonly pull?: PullSummary;
  /** Set when this culprit's revert branch already exists (an earlier delivery made it). */
  readonly existingBranchSha?: string;
}

const pullOfCommit = (pulls: readonly PullSummary[], sha: string) => pulls.find((p) => p.mergeCommitSha === sha) ?? pulls.find((p) => p.mergedAt);

const nothingSince = (mainSha: string): CommitComparison => ({ status: 'identical', baseSha: mainSha, commits: [], files: [], truncated: false, filesTruncated: false });

/**
 * Reads the culprit's facts in one round of parallel requests: its diff against the first parent, what
 * landed since, the PR it merged (labels, number), this culprit's revert branch, and recent revert PRs
 * for the quotas. Later merges are judged by the clean-revert check instead of `planRevert`'s
 * `dependents` rule: touching the same files sends the revert to a runner that can merge hunks.
 */
export async function gatherCulpritFacts(forge: Forge, input: { readonly repo: string; readonly culprit: ForgeCommit; readonly mainSha: string; readonly policy: RevertPolicy; readonly nowMs: number; readonly suspectMessages: readonly string[] }): Promise<CulpritFacts> {
  const { repo, culprit } = input;
  const branch = revertBranchName(culprit.sha);
  const parent = culprit.parents[0] ?? culprit.sha;
  const recentPulls = forge.listRecentPullRequests(repo, 'all');
  const [diff, since, pull, recent, existingBranchSha] = await Promise.all([
    forge.compareCommits(repo, parent, culprit.sha),
    // The culprit is main's head most of the time: nothing landed since, and no call is needed to say so.
    culprit.sha === input.mainSha ? Promise.resolve(nothingSince(input.mainSha)) : forge.compareCommits(repo, culprit.sha, input.mainSha),
    // The PR that merged the culprit (its labels) is nearly always among the recent PRs the quotas read anyway.
    recentPulls.then(async (recent) => recent.find((p) => p.mergeCommitSha === culprit.sha) ?? pullOfCommit(await forge.pullRequestsForCommit(repo, culprit.sha), culprit.sha)),
    recentPulls,
    forge.getRef(repo, `heads/${branch}`),
  ]);
  const message = splitMessage(culprit.message);
  const revertedByCommit = since.commits.find((c) => {
    const target = revertedBy(c.message);
    return target !== undefined && culprit.sha.startsWith(target);
  })?.sha;
  const revertsCommit = parseMergeTrailers(culprit.message).reverts;
  const facts: RevertFacts = {
    culprit: {
      sha: culprit.sha, parents: culprit.parents, subject: message.subject, body: message.body, committedAtMs: Date.parse(culprit.committedAt),
      files: changedPaths(diff.files), ...(revertsCommit ? { revertsCommit } : {}),
    },
    nowMs: input.nowMs,
    ...(revertedByCommit ? { revertedBy: revertedByCommit } : {}),
    labels: [...new Set([...labelsOf(message, input.policy.optOutLabel), ...(pull?.labels ?? [])])],
    laterMerges: [],
    ledger: revertLedgerFromPulls({ pulls: recent, nowMs: input.nowMs, ownBranch: branch, suspectMessages: input.suspectMessages }),
  };
  return { facts, branch, diff, since, ...(pull ? { pull } : {}), ...(existingBranchSha ? { existingBranchSha } : {}) };
}
