import { gateWhy } from '../../core/gates/gate-why.ts';
import type { ApprovalFact, MergeFacts } from '../../core/merge/merge-facts.ts';
import type { VerificationReport } from '../../core/report/report-schema.ts';
import type { Git } from '../../ports/git.ts';
import type { LoadedWorkOrder } from '../verify/verify-types.ts';

/** The merge decision's facts for a candidate, from its report, `git diff` of it and local approvals. */
export async function gatherMergeFacts(input: {
  readonly git: Git; readonly repoDir: string; readonly workOrder: LoadedWorkOrder; readonly report: VerificationReport; readonly reportDigest: string;
  readonly trusted: boolean; readonly candidate: string; readonly branchSha: string; readonly mainSha: string; readonly approvals: readonly ApprovalFact[]; readonly hash: (text: string) => string;
}): Promise<MergeFacts> {
  const { git, repoDir, report, workOrder } = input;
  const base = report.base;
  const scripts = async (rev: string) => JSON.stringify(safeJson(await git.show(repoDir, rev, 'package.json'))?.scripts ?? null);
  return {
    workOrderId: workOrder.value.id,
    workOrderKind: workOrder.value.kind,
    workOrderHash: `sha256:${input.hash(workOrder.text)}`,
    headSha: input.candidate,
    mainSha: input.mainSha,
    report: {
      trusted: input.trusted, headSha: report.head, baseSha: report.base, workOrderId: report.workOrder?.id, workOrderHash: report.workOrder?.contentHash ?? '', digest: input.reportDigest,
      gates: report.gates.map((gate) => ({ id: gate.id, status: gate.status, required: gate.required, ...(gate.status === 'pass' ? {} : { why: gateWhy(gate) }) })),
    },
    changes: await git.diff(repoDir, base, input.candidate),
    packageScriptsChanged: (await scripts(base)) !== (await scripts(input.candidate)),
    // An approval is for the agent branch commit the reviewer read; it carries over to a candidate built
    // from exactly that commit (any later push changes the SHA and voids it).
    approvals: input.approvals.filter((a) => a.sha === input.branchSha).map((a) => ({ ...a, sha: input.candidate })),
    approve: { sha: input.branchSha, how: `shopfloor approve ${workOrder.value.id} --sha ${input.branchSha.slice(0, 12)}, with --permission admin for a dangerous change` },
    requester: undefined,
    agentActor: 'shopfloor-agent',
    holds: [],
    acceptanceGates: (workOrder.value.acceptance.commands ?? []).map((command) => `acceptance:${command.name}`),
  };
}

function safeJson(text: string | undefined): { scripts?: unknown } | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as { scripts?: unknown };
  } catch {
    return undefined;
  }
}
