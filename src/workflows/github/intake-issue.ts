import { stringify } from 'yaml';
import { issueRunIdentity } from '../../core/github/issue-names.ts';
import { planApprovalRequired } from '../../core/github/run-waits.ts';
import { atLeast, type RepoPermission } from '../../core/github/authorize-command.ts';
import { issueToWorkOrder, type IssueFacts } from '../../core/github/issue-work-order.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import { readDefaultBranchPolicy } from './load-default-branch-policy.ts';
import { checkWorkOrderFile } from '../../core/workorder/check-work-order-file.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { createRunDocumentDraft } from './run-document-draft.ts';

export interface IssueIntakeEvent {
  readonly repo: string;
  readonly issue: IssueFacts;
}

export type IssueIntakeResult =
  | { readonly ok: true; readonly workOrderId: string; readonly runId: string; readonly branch: string; readonly headSha: string; readonly dispatched: boolean }
  | { readonly ok: false; readonly reason: string };

/** The check run every work order gets on its agent branch. */
export const workOrderCheckName = 'shopfloor/workorder';

/**
 * An issue becomes a dispatched work order inside one webhook, never waiting for a runner: the tracking
 * comment (the run document) is the first write, then the agent branch, the work order YAML committed on
 * it, a `shopfloor/workorder` check run on that commit, and a `workflow_dispatch` of the implement
 * workflow. Every write is an `ensure*` keyed by issue and attempt, so a redelivered event finds what the
 * first delivery made; the dispatch happens only when this delivery created the check run.
 */
export async function intakeIssue(deps: GitHubAppDeps, event: IssueIntakeEvent): Promise<IssueIntakeResult> {
  const { forge, settings, sha256 } = deps;
  const { repo, issue } = event;
  const target = { repo, issueNumber: issue.number };
  const parsed = issueToWorkOrder(issue, sha256, settings.appId);
  if (!parsed.ok) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, '', ...parsed.errors.map((error) => `- ${error}`)].join('\n');
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: parsed.errors.join(' ') };
  }
  // Acceptance commands run as gates on the runners: only an issue by a write user (or by this App) may name them.
  const refused = await refuseUntrustedCommands(deps, repo, issue, parsed.value);
  const workOrder = refused.workOrder;
  const path = `${settings.workOrderDir}/${workOrder.id}.yml`;
  const yaml = `# Written by Shopfloor from issue #${issue.number}; edit the issue, not this file.\n${stringify(workOrder, { lineWidth: 0 })}`;
  const ruleErrors = checkWorkOrderFile(yaml, path).findings.filter((finding) => finding.severity === 'error');
  if (ruleErrors.length > 0) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, '', ...ruleErrors.map((finding) => `- ${finding.path || 'work order'}: ${finding.message}`)].join('\n');
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: ruleErrors.map((finding) => finding.message).join(' ') };
  }
  const { branch, runId } = issueRunIdentity(repo, issue.number, workOrder.id, sha256);
  const draft = createRunDocumentDraft(runId, workOrder.title, deps.trackingSink(target), deps.now);
  draft.status('running', 'work order received');
  draft.mark('conductor', 'active');
  draft.line('conductor', `Work order ${workOrder.id} from issue #${issue.number} (${parsed.fromForm ? 'issue form' : 'labelled issue'}); agent branch ${branch}.`);
  if (refused.dropped > 0) draft.line('conductor', `Did not take the ${refused.dropped} acceptance command(s) in the issue: @${issue.author} has ${refused.permission} permission, and only write users' issues may name commands for the runners. They are kept as criteria; a write user can add them to the work order.`);
  if (parsed.removedHidden > 0) draft.line('conductor', `Removed ${parsed.removedHidden} piece(s) of hidden text from the issue before the agent sees it.`);
  await draft.flush();
  await forge.addReaction(repo, { issueNumber: issue.number }, 'eyes');

  const base = await forge.getDefaultBranch(repo);
  const policy = await readDefaultBranchPolicy(forge, repo);
  if (policy.kind === 'invalid') {
    for (const finding of policy.findings.slice(0, 10)) draft.line('conductor', formatFinding(finding));
    draft.status('blocked', `${policyPath} on ${base.name} is invalid; fix it on the default branch and re-add the label`);
    await draft.flush();
    return { ok: false, reason: `${policyPath} is invalid` };
  }
  const planFirst = policy.kind === 'valid' && policy.policy.merge?.planApproval === 'required';
  await forge.ensureBranch(repo, branch, base.sha);
  const file = await forge.ensureFile(repo, branch, path, yaml, `Add work order ${workOrder.id} from #${issue.number}`);
  const check = await forge.ensureCheckRun(repo, {
    name: workOrderCheckName, headSha: file.value.commitSha, status: 'in_progress', externalId: runId,
    output: planFirst
      ? { title: `Work order ${workOrder.id}: waiting for plan approval`, summary: `Run \`${runId}\` on \`${branch}\`: the coordinator and architect post the plan in the run document on issue #${issue.number}; a write user comments \`/shopfloor approve\` there to implement it.` }
      : { title: `Work order ${workOrder.id}: queued for an implementer`, summary: `Run \`${runId}\` on \`${branch}\`; the run document is on issue #${issue.number}.` },
  });
  if (check.created) {
    await forge.dispatchWorkflow(repo, settings.implementWorkflow, base.name, { work_order: workOrder.id, branch, run_id: runId, issue: String(issue.number), phase: planFirst ? 'plan' : 'implement' });
  }
  draft.line('conductor', `Committed ${path} at ${file.value.commitSha.slice(0, 7)}; dispatched ${settings.implementWorkflow}${planFirst ? ' for the plan only' : ''} (waiting for a runner).`);
  draft.mark('conductor', 'done');
  if (planFirst) for (const body of planApprovalRequired(issue.number, file.value.commitSha)) draft.apply(body);
  else draft.status('waiting', 'waiting for a runner to pick up the implement job');
  await draft.flush();
  return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: file.value.commitSha, dispatched: check.created };
}

/** The work order without its acceptance commands when the issue's author may not name commands (read, triage, none, or an API error). */
async function refuseUntrustedCommands(deps: GitHubAppDeps, repo: string, issue: IssueFacts, workOrder: WorkOrder): Promise<{ readonly workOrder: WorkOrder; readonly dropped: number; readonly permission: RepoPermission }> {
  const commands = workOrder.acceptance.commands ?? [];
  if (commands.length === 0 || issue.authorAppId === deps.settings.appId) return { workOrder, dropped: 0, permission: 'admin' };
  const permission = await deps.forge.getPermission(repo, issue.author);
  if (atLeast(permission, 'write')) return { workOrder, dropped: 0, permission };
  const criteria = [...(workOrder.acceptance.criteria ?? []), ...commands.map((command) => `\`${command.run}\` passes (proposed by the issue author; not run as a gate)`)];
  return { workOrder: { ...workOrder, acceptance: { criteria } }, dropped: commands.length, permission };
}
