import { stringify } from 'yaml';
import { issueRunIdentity } from '../../core/github/issue-names.ts';
import { planApprovalRequired } from '../../core/github/run-waits.ts';
import { atLeast, type RepoPermission } from '../../core/github/authorize-command.ts';
import { issueToWorkOrder, type IssueFacts } from '../../core/github/issue-work-order.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { DefaultBranchHead } from '../../ports/branch-start-forge.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import { policyFromHeadFile } from './load-default-branch-policy.ts';
import { checkWorkOrderFile } from '../../core/workorder/check-work-order-file.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { planIntake } from '../../core/github/plan-intake.ts';
import { applySystemPatches } from '../../core/run-document/apply-system-patches.ts';
import type { PatchBody } from '../../core/run-document/patch-types.ts';
import { ensureRunViewComment, renderRunView, renderRunViewAhead } from './run-view.ts';
import type { RunState } from '../../core/github/run-state.ts';
import { updateRunState, type LoadedRunState } from './update-run-state.ts';

export interface IssueIntakeEvent {
  readonly repo: string;
  readonly issue: IssueFacts;
  /** What started this intake, unique per event: the delivery id, or `comment-<id>` for `/shopfloor run`. */
  readonly trigger: string;
}

export type IssueIntakeResult =
  | { readonly ok: true; readonly workOrderId: string; readonly runId: string; readonly branch: string; readonly headSha: string; readonly dispatched: boolean; readonly live?: number }
  | { readonly ok: false; readonly reason: string };

/** The check run every work order gets on its agent branch. */
export const workOrderCheckName = 'shopfloor/workorder';

/**
 * An issue becomes a dispatched work order inside one webhook, never waiting for a runner. First the
 * default branch is read (head, tree, policy: one read), then the run's state ref in git is claimed by
 * compare-and-swap (`planIntake`): of all App replicas handling this or any other trigger for the issue,
 * exactly one holds the attempt; a trigger on a live run only records "already running, attempt N is
 * live". The holder then makes the tracking comment (a view of the state), the agent branch with the work
 * order YAML committed on it (one write), a `shopfloor/workorder` check run on that commit and a
 * `workflow_dispatch` of the implement workflow, and records the attempt started.
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
  // One read of the default branch before the claim: its tree carries the run's first state commit (no
  // tree to make), and the policy and the agent branch's base come from that one commit, so they agree.
  const head = await forge.readDefaultBranchHead(repo, policyPath);
  if (!head) {
    const reply = `**Shopfloor could not start this work order:** \`${repo}\` has no commits yet, so there is no default branch to start the agent branch from. Push a first commit, then add the label again.`;
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: `${repo} has no commits on its default branch` };
  }
  let firstStart = false;
  const claimed = await updateRunState(deps, repo, runId, (current) => {
    firstStart = current === undefined;
    const decision = planIntake(current?.state, { runId, objective: workOrder.title, issueNumber: issue.number, trigger: event.trigger, by: deps.handler, now: deps.now() });
    return decision.kind === 'resume' ? undefined : decision.next;
  }, 'absent', undefined, head.treeSha);
  if (!claimed.ok) return { ok: false, reason: claimed.reason };
  const loaded = claimed.value!;
  const claim = loaded.state.intake;
  if (claim?.by !== deps.handler || claim.step !== 'claimed') {
    if (claimed.written) await renderRunView(deps, repo, runId, loaded);
    return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: '', dispatched: false, live: loaded.state.attempt };
  }
  // This handling holds the claim for the attempt: it alone makes the comment, branch, check run and
  // dispatch. If that fails, the claim is released so the next trigger (or a redelivery) takes it over.
  try {
    return await startAttempt(deps, event, { parsed, refused, workOrder, path, yaml, branch, runId, loaded, head, firstStart: firstStart && claimed.written });
  } catch (error) {
    await updateRunState(deps, repo, runId, (current) => {
      const held = current?.state.intake;
      if (!current || held?.by !== deps.handler || held.step !== 'claimed') return undefined;
      const text = `${event.trigger}: the start of attempt ${held.attempt} failed (${String((error as Error).message ?? error).replace(/\s+/g, ' ').slice(0, 200)}); the next trigger or redelivery takes it over.`;
      return { ...current.state, document: applySystemPatches(current.state.document, [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text }], `intake-failed-${event.trigger}`), intake: { ...held, at: new Date(0).toISOString() } };
    }).catch(() => undefined);
    throw error;
  }
}

interface StartFacts {
  readonly parsed: { readonly fromForm: boolean; readonly removedHidden: number };
  readonly refused: { readonly dropped: number; readonly permission: RepoPermission };
  readonly workOrder: WorkOrder;
  readonly path: string;
  readonly yaml: string;
  readonly branch: string;
  readonly runId: string;
  readonly loaded: LoadedRunState;
  /** The default branch as read before the claim: the branch's base and the policy's commit. */
  readonly head: DefaultBranchHead;
  /** The claim created the run's state ref: nothing of this run can exist yet. */
  readonly firstStart: boolean;
}

/** The claimed attempt's effects, in order: tracking comment, branch, work order commit, check run, dispatch. */
async function startAttempt(deps: GitHubAppDeps, event: IssueIntakeEvent, facts: StartFacts): Promise<IssueIntakeResult> {
  const { forge, settings } = deps;
  const { repo, issue } = event;
  const { parsed, refused, workOrder, path, yaml, branch, runId, loaded, head, firstStart } = facts;
  const lines: PatchBody[] = [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text: `Work order ${workOrder.id} from issue #${issue.number} (${parsed.fromForm ? 'issue form' : 'labelled issue'}); agent branch ${branch}.` }];
  if (refused.dropped > 0) lines.push({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: `Did not take the ${refused.dropped} acceptance command(s) in the issue: @${issue.author} has ${refused.permission} permission, and only write users' issues may name commands for the runners. They are kept as criteria; a write user can add them to the work order.` });
  if (parsed.removedHidden > 0) lines.push({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: `Removed ${parsed.removedHidden} piece(s) of hidden text from the issue before the agent sees it.` });
  // The tracking comment is the acknowledgement (no reaction on the issue besides: one write fewer).
  const commentId = await ensureRunViewComment(deps, repo, issue.number, loaded, firstStart);

  const policy = policyFromHeadFile(head.file, head.name);
  if (policy.kind === 'invalid') {
    const findings = policy.findings.slice(0, 10).map((finding) => ({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: formatFinding(finding) }) as const);
    await finishIntake(deps, repo, runId, loaded, { issueNumber: issue.number, commentId }, [...lines, ...findings, { kind: 'set-status', status: 'blocked', detail: `${policyPath} on ${head.name} is invalid; fix it on the default branch and re-add the label` }]);
    return { ok: false, reason: `${policyPath} is invalid` };
  }
  const planFirst = policy.kind === 'valid' && policy.policy.merge?.planApproval === 'required';
  const file = await forge.ensureBranchWithFile(repo, { repositoryNodeId: head.repositoryNodeId, branch, fromSha: head.sha, path, content: yaml, message: `Add work order ${workOrder.id} from #${issue.number}\n\nShopfloor-Handling: ${deps.handler}` });
  const check = await forge.ensureCheckRun(repo, {
    name: workOrderCheckName, headSha: file.value.commitSha, status: 'in_progress', externalId: runId,
    output: planFirst
      ? { title: `Work order ${workOrder.id}: waiting for plan approval`, summary: `Run \`${runId}\` on \`${branch}\`: the coordinator and architect post the plan in the run document on issue #${issue.number}; a write user comments \`/shopfloor approve\` there to implement it.` }
      : { title: `Work order ${workOrder.id}: queued for an implementer`, summary: `Run \`${runId}\` on \`${branch}\`; the run document is on issue #${issue.number}.` },
  }, { absent: file.created });
  // A claim taken over from a handler that died may find its check run made: it may have dispatched too, so
  // not again. On a work order commit this handling just made, a check run found is its own (a retry after
  // a lost answer finds it): nobody can have dispatched for that commit yet.
  const dispatch = check.created || file.created;
  if (dispatch) {
    await forge.dispatchWorkflow(repo, settings.implementWorkflow, head.name, { work_order: workOrder.id, branch, run_id: runId, issue: String(issue.number), phase: planFirst ? 'plan' : 'implement' });
  }
  lines.push({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: dispatch ? `Committed ${path} at ${file.value.commitSha.slice(0, 7)}; dispatched ${settings.implementWorkflow}${planFirst ? ' for the plan only' : ''} (waiting for a runner).` : `Found ${path} at ${file.value.commitSha.slice(0, 7)} and its check run from an earlier start; not dispatched again (comment \`/shopfloor retry\` on the pull request if no runner picks it up).` });
  lines.push({ kind: 'mark-section-state', section: 'conductor', state: 'done' });
  if (planFirst) lines.push(...planApprovalRequired(issue.number, file.value.commitSha));
  else lines.push({ kind: 'set-status', status: 'waiting', detail: 'waiting for a runner to pick up the implement job' });
  await finishIntake(deps, repo, runId, loaded, { issueNumber: issue.number, commentId }, lines);
  return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: file.value.commitSha, dispatched: dispatch };
}

/**
 * Records the claimed attempt as started (its lines, the comment, step `dispatched`) and renders the view.
 * On a first start the state names no comment yet, so the comment is rendered ahead of the write
 * (`renderRunViewAhead`) and needs no read of the ref afterwards; otherwise it is rendered after it.
 */
async function finishIntake(deps: GitHubAppDeps, repo: string, runId: string, claimed: LoadedRunState, view: { readonly issueNumber: number; readonly commentId: number }, lines: readonly PatchBody[]): Promise<void> {
  let renderedAhead: RunState | undefined;
  const done = await updateRunState(deps, repo, runId, (current) => {
    const claim = current?.state.intake;
    if (!current || claim?.by !== deps.handler || claim.step !== 'claimed') return undefined;
    const document = applySystemPatches(current.state.document, lines, `intake-${claim.attempt}`);
    // Keeps what the view already knows (an Actions run link recorded since the claim).
    return { ...current.state, document, intake: { ...claim, step: 'dispatched' }, view: { ...current.state.view, ...view } };
  }, claimed, async (next, current) => {
    renderedAhead = (await renderRunViewAhead(deps, repo, next, current)) ? next : undefined;
  });
  if (!done.ok) throw new Error(`run ${runId}: ${done.reason}`);
  if (done.value && !(done.written && done.value.state === renderedAhead)) await renderRunView(deps, repo, runId, done.value);
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
