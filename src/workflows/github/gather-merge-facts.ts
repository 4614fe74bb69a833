import { approvalsForHead, readApprovals } from '../../core/github/approval-record.ts';
import { readAcceptedDrop } from '../../core/github/accept-drop-record.ts';
import { readHolds } from '../../core/github/hold-records.ts';
import type { MergeFacts, ReportFacts } from '../../core/merge/merge-facts.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { Forge } from '../../ports/forge.ts';

export interface GatherMergeFactsInput {
  readonly repo: string;
  readonly pullNumber: number;
  readonly ownAppId: number;
  readonly workOrder: WorkOrder;
  readonly workOrderHash: string;
  /** From a checked, signed report (`checkReport`); a report for another head is dropped here. */
  readonly report: ReportFacts | undefined;
  /** Ask GitHub whether the head contains main (one compare call; not needed in merge-queue mode). */
  readonly checkContainsMain?: boolean;
}

/**
 * What `decideMerge` needs about an agent PR, read from the forge: the head SHA, the default branch's
 * head, the changed files (PR files API), approvals bound to the current head and holds from the App's
 * own replies, and (when asked) whether the head contains main. A report about any other head counts as no report.
 */
export async function gatherMergeFacts(forge: Forge, input: GatherMergeFactsInput): Promise<MergeFacts> {
  const pull = await forge.getPullRequest(input.repo, input.pullNumber);
  const [main, changes, comments] = await Promise.all([
    forge.getDefaultBranch(input.repo),
    forge.listPullRequestFiles(input.repo, input.pullNumber),
    forge.listIssueComments({ repo: input.repo, issueNumber: input.pullNumber }),
  ]);
  const report = input.report && input.report.headSha === pull.headSha ? input.report : undefined;
  // Only a report for this head makes the question worth a call; the merge queue verifies its own commit instead.
  const containsMain = report && input.checkContainsMain ? await headContainsMain(forge, input.repo, main.sha, pull.headSha) : undefined;
  const own = comments.map((comment) => ({ body: comment.body, ...(comment.authorAppId !== undefined ? { appId: comment.authorAppId } : {}) }));
  const accepted = readAcceptedDrop(own, input.ownAppId, pull.headSha);
  return {
    workOrderId: input.workOrder.id,
    workOrderKind: input.workOrder.kind,
    workOrderHash: input.workOrderHash,
    headSha: pull.headSha,
    mainSha: main.sha,
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

/** `main...head` is `ahead` or `identical` exactly when main is the head or one of its ancestors. */
async function headContainsMain(forge: Forge, repo: string, mainSha: string, headSha: string): Promise<boolean> {
  const { status } = await forge.compareCommits(repo, mainSha, headSha);
  return status === 'ahead' || status === 'identical';
}
