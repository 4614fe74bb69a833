import { approvalsForHead, readApprovals } from '../../core/github/approval-record.ts';
import { readAcceptedDrop } from '../../core/github/accept-drop-record.ts';
import { readHolds } from '../../core/github/hold-records.ts';
import type { MergeFacts, ReportFacts } from '../../core/merge/merge-facts.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { Forge } from '../../ports/forge.ts';
import type { CommitComparison } from '../../ports/git-data-forge.ts';
import { gitChangeOf } from '../../core/github/file-status.ts';

export interface GatherMergeFactsInput {
  readonly repo: string;
  readonly pullNumber: number;
  readonly ownAppId: number;
  readonly workOrder: WorkOrder;
  readonly workOrderHash: string;
  /** From a checked, signed report (`checkReport`); a report for another head is dropped here. */
  readonly report: ReportFacts | undefined;
  /**
   * `<default branch>...<PR head>` (`compareCommits` with the branch's name): main's head as GitHub
   * resolved it, whether the head contains it, and the PR's files (the same merge-base diff the PR files
   * API lists), all in one answer.
   */
  readonly sinceMain: CommitComparison;
  /** Whether the head must contain main (not in merge-queue mode: the queue verifies its own commit). */
  readonly checkContainsMain?: boolean;
}

/**
 * What `decideMerge` needs about an agent PR, read from the forge: the head SHA, the default branch's
 * head, the changed files, approvals bound to the current head and holds from the App's own replies,
 * and (when asked) whether the head contains main. A report about any other head counts as no report.
 */
export async function gatherMergeFacts(forge: Forge, input: GatherMergeFactsInput): Promise<MergeFacts> {
  const { sinceMain } = input;
  const [pull, changes, comments] = await Promise.all([
    forge.getPullRequest(input.repo, input.pullNumber),
    // Compare lists at most 300 files; only then is the PR files API (paged, up to 3,000) asked as well.
    sinceMain.filesTruncated ? forge.listPullRequestFiles(input.repo, input.pullNumber) : sinceMain.files.map(gitChangeOf),
    forge.listIssueComments({ repo: input.repo, issueNumber: input.pullNumber }),
  ]);
  const report = input.report && input.report.headSha === pull.headSha ? input.report : undefined;
  // `main...head` is `ahead` or `identical` exactly when main is the head or one of its ancestors.
  const containsMain = report && input.checkContainsMain ? sinceMain.status === 'ahead' || sinceMain.status === 'identical' : undefined;
  const own = comments.map((comment) => ({ body: comment.body, ...(comment.authorAppId !== undefined ? { appId: comment.authorAppId } : {}) }));
  const accepted = readAcceptedDrop(own, input.ownAppId, pull.headSha);
  return {
    workOrderId: input.workOrder.id,
    workOrderKind: input.workOrder.kind,
    workOrderHash: input.workOrderHash,
    headSha: pull.headSha,
    mainSha: sinceMain.baseSha,
    ...(containsMain !== undefined ? { headContainsMain: containsMain } : {}),
    report,
    changes,
    // The files API shows no script diff cheaply; any package.json change is treated as a script change (admin approval).
    packageScriptsChanged: changes.some((change) => change.path === 'package.json' || change.path.endsWith('/package.json')),
    approvals: approvalsForHead(readApprovals(own, input.ownAppId), pull.headSha),
    requester: input.workOrder.provenance?.requester,
    agentActor: pull.author,
    holds: readHolds(own, input.ownAppId),
    ...(accepted ? { dropAcceptedBy: accepted } : {}),
    acceptanceGates: (input.workOrder.acceptance.commands ?? []).map((command) => `acceptance:${command.name}`),
  };
}
