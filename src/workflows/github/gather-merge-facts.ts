import { approvalsForHead, readApprovals } from '../../core/github/approval-record.ts';
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
}

/**
 * What `decideMerge` needs about an agent PR, read from the forge: the head SHA, the default branch's
 * head, the changed files (PR files API), approvals bound to the current head and holds from the App's
 * own replies. A report about any other head counts as no report.
 */
export async function gatherMergeFacts(forge: Forge, input: GatherMergeFactsInput): Promise<MergeFacts> {
  const pull = await forge.getPullRequest(input.repo, input.pullNumber);
  const [main, changes, comments] = await Promise.all([
    forge.getDefaultBranch(input.repo),
    forge.listPullRequestFiles(input.repo, input.pullNumber),
    forge.listIssueComments({ repo: input.repo, issueNumber: input.pullNumber }),
  ]);
  const own = comments.map((comment) => ({ body: comment.body, ...(comment.authorAppId !== undefined ? { appId: comment.authorAppId } : {}) }));
  return {
    workOrderId: input.workOrder.id,
    workOrderKind: input.workOrder.kind,
    workOrderHash: input.workOrderHash,
    headSha: pull.headSha,
    mainSha: main.sha,
    report: input.report && input.report.headSha === pull.headSha ? input.report : undefined,
    changes,
    // The files API shows no script diff cheaply; any package.json change is treated as a script change (admin approval).
    packageScriptsChanged: changes.some((change) => change.path === 'package.json' || change.path.endsWith('/package.json')),
    approvals: approvalsForHead(readApprovals(own, input.ownAppId), pull.headSha),
    requester: input.workOrder.provenance?.requester,
    agentActor: pull.author,
    holds: readHolds(own, input.ownAppId),
    acceptanceGates: (input.workOrder.acceptance.commands ?? []).map((command) => `acceptance:${command.name}`),
  };
}
