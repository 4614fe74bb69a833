import { instructionFileGlobs } from '../agents/repo-instructions.ts';
import { matchAnyGlob, prepareGlob } from '../glob/match-glob.ts';
import type { Policy } from '../policy/policy-schema.ts';
import type { ApprovalFact, MergeFacts, ReportFacts } from './merge-facts.ts';

/** Why a change may not merge yet, and what would release it. */
export interface HoldReason {
  readonly code: 'no-report' | 'untrusted-report' | 'stale-report' | 'behind-main' | 'base-moved' | 'no-work-order' | 'other-work-order' | 'work-order-changed' | 'revert-policy' | 'not-the-revert' | 'gate-missing' | 'gate-failed' | 'gate-flaky' | 'dangerous-change' | 'approval-missing' | 'held';
  readonly message: string;
  readonly releaseBy: string;
}

export type MergeDecision =
  | { readonly action: 'merge'; readonly expectedHeadSha: string; readonly expectedMainSha: string; readonly method: Policy['merge']['method']; readonly reportDigest: string }
  | { readonly action: 'hold'; readonly reasons: readonly HoldReason[] };

/** Paths whose change can take over CI, ownership or Shopfloor itself: an admin must approve them. */
export const dangerousPathGlobs = [
  '.github/workflows/**', '.github/actions/**', '.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS',
  '.github/shopfloor.yml', '.github/shopfloor.schema.json', 'workorders/schema.json', '.gitmodules',
  '.gitattributes', '.npmrc', '.yarnrc.yml', 'action.yml', 'action.yaml',
  // Shopfloor's local state (keys, approvals, caches, artifacts) is never the repository's to carry.
  '.shopfloor/**',
  // Instruction files steer every agent and Shopfloor's own roles (they are read as trusted guidance).
  ...instructionFileGlobs,
] as const;

const builtinRequired = ['scope', 'secrets', 'dependencies'] as const;

/**
 * The merge policy as a pure verdict. A change merges only with a trusted report for exactly this head
 * and base, naming this work order, a head that already contains main (so the tree that lands is the
 * tree the report proves), every required gate green, dangerous changes approved by an admin, path approvals met, and
 * no hold. Every reason to wait is listed, each with what would release it.
 */
export function decideMerge(facts: MergeFacts, policy: Policy): MergeDecision {
  const reasons: HoldReason[] = [];
  const hold = (code: HoldReason['code'], message: string, releaseBy: string) => reasons.push({ code, message, releaseBy });
  for (const reason of facts.holds) hold('held', `held: ${reason}`, '`/shopfloor unhold` by a user with write access');

  const report = facts.report;
  if (!report) {
    hold('no-report', `no verification report for ${short(facts.headSha)}`, 'run the gates (`shopfloor verify --sign`)');
    return { action: 'hold', reasons };
  }
  if (!report.trusted) hold('untrusted-report', 'the report is not signed by a trusted key', 'verify with a key listed in the policy `signers`');
  if (report.headSha !== facts.headSha) hold('stale-report', `the report proves ${short(report.headSha)}, but the head is ${short(facts.headSha)}`, 'verify the new head');
  // In GitHub's merge queue the queue's own commit (main + this head) is verified and lands (checkMergeGroup); this report proves the head.
  // In Shopfloor's train the staging commit (main + the PRs ahead + this head) is verified and lands the same way.
  if (policy.merge.queue !== 'github' && policy.merge.queue !== 'shopfloor') reasons.push(...landedTreeHolds(facts, report));
  reasons.push(...workOrderHolds(facts, report));

  const status = new Map(report.gates.map((gate) => [gate.id, gate.status]));
  const why = new Map(report.gates.map((gate) => [gate.id, gate.why ? `: ${gate.why}` : '']));
  // A refused part (left out of the commit) holds the `scope` gate until a user accepts dropping it for this head.
  const dropAccepted = facts.dropAcceptedBy !== undefined && report.gates.some((gate) => gate.id === 'scope' && gate.status === 'fail' && gate.refusedOnly === true);
  const waived = new Set(report.gates.filter((gate) => gate.required === false && (builtinRequired as readonly string[]).includes(gate.id)).map((gate) => gate.id));
  for (const id of requiredGates(facts, policy)) {
    if (waived.has(id) || (id === 'scope' && dropAccepted)) continue;
    const result = status.get(id);
    if (result === undefined) hold('gate-missing', `required gate "${id}" did not run`, `run gate "${id}"`);
    else if (result === 'flaky' && !policy.merge.allowFlaky) hold('gate-flaky', `required gate "${id}" was flaky (failed, then passed)`, `fix the flake, or set merge.allowFlaky in the policy`);
    else if (result !== 'pass' && result !== 'cached' && result !== 'flaky') hold('gate-failed', `required gate "${id}" is ${result}${why.get(id) ?? ''}`, `make gate "${id}" pass`);
  }

  const eligible = facts.approvals.filter((a) => a.sha === facts.headSha && a.user !== facts.requester && a.user !== facts.agentActor);
  const danger = dangerousChanges(facts, policy);
  if (danger.length > 0 && !eligible.some((a) => a.permission === 'admin')) {
    hold('dangerous-change', `dangerous change: ${danger.join('; ')}`, `an admin approves ${short(facts.approve?.sha ?? facts.headSha)} (${facts.approve?.how ?? '`/shopfloor approve`'}); not the requester or the agent`);
  }
  for (const rule of policy.merge.approvals ?? []) {
    const globs = rule.paths.map((glob) => prepareGlob(glob));
    if (!facts.changes.some((change) => matchAnyGlob(globs, change.path) || (change.fromPath !== undefined && matchAnyGlob(globs, change.fromPath)))) continue;
    const approvers = eligible.filter((a) => canApprove(a) && (!rule.from || rule.from.includes(a.user)));
    if (approvers.length < rule.count) {
      hold('approval-missing', `changes to ${rule.paths.join(', ')} need ${rule.count} approval(s) on ${short(facts.approve?.sha ?? facts.headSha)}, have ${approvers.length}`, `${rule.from ? rule.from.join(' or ') : 'a user with write access'} approves ${facts.approve ? `${short(facts.approve.sha)} (${facts.approve.how})` : 'this head'}`);
    }
  }
  if (reasons.length > 0) return { action: 'hold', reasons };
  return { action: 'merge', expectedHeadSha: facts.headSha, expectedMainSha: facts.mainSha, method: policy.merge.method, reportDigest: report.digest };
}

/**
 * A merge commit or a squash of a head that contains main has exactly the head's tree, and GitHub refuses
 * a rebase whose result would differ from that merge; so the verified tree lands only from such a head,
 * verified against that main. A head behind main needs main brought in and the new head verified.
 */
export function landedTreeHolds(facts: Pick<MergeFacts, 'headSha' | 'mainSha' | 'headContainsMain'>, report: ReportFacts): HoldReason[] {
  if (facts.headContainsMain === false) {
    return [{ code: 'behind-main', message: `the head ${short(facts.headSha)} does not contain main ${short(facts.mainSha)}: merging now would put a tree on main that no report proves (the head plus main's newer commits)`, releaseBy: 'bring main into the branch (Shopfloor does it with "Update branch" once nothing else is missing) and let the gates verify the new head' }];
  }
  if (report.baseSha === facts.mainSha) return [];
  return [{ code: 'base-moved', message: `the report compared ${short(report.headSha)} with ${short(report.baseSha)}, but main is ${short(facts.mainSha)}`, releaseBy: `verify ${short(facts.headSha)} again against main (\`base\` = ${short(facts.mainSha)})` }];
}

/**
 * The report must name this PR's work order, verified from the copy Shopfloor committed. Three different
 * faults, three different fixes: a report that names none (verify ran without `work-order`), one for
 * another work order, and one whose copy of this work order differs from Shopfloor's.
 */
function workOrderHolds(facts: MergeFacts, report: ReportFacts): HoldReason[] {
  const id = facts.workOrderId;
  const verifyWith = `verify with \`work-order: ${id}\` (or pass \`branch:\` the agent branch, as the shipped shopfloor-verify.yml does, and the action reads the work order from it; an older copy of the workflow passes neither: rewrite it with \`shopfloor init --workflows\`)`;
  if (report.workOrderId === undefined) return [{ code: 'no-work-order', message: `the report names no work order, so work order ${id}'s scope, acceptance commands and test-first rule were not checked`, releaseBy: verifyWith }];
  if (report.workOrderId !== id) return [{ code: 'other-work-order', message: `the report is for work order ${report.workOrderId}, but this pull request is for ${id}`, releaseBy: verifyWith }];
  if (report.workOrderHash !== facts.workOrderHash) {
    return [{ code: 'work-order-changed', message: `the report checked a copy of work order ${id} that differs from the one Shopfloor committed (the branch's copy was edited)`, releaseBy: `restore workorders/${id}.yml to Shopfloor's committed version and push, so the gates verify against it` }];
  }
  return [];
}

/** Required gates: the policy's list (or every gate marked required), the built-ins, acceptance, test-first. */
export function requiredGates(facts: Pick<MergeFacts, 'workOrderKind' | 'acceptanceGates'>, policy: Policy): string[] {
  const declared = policy.merge.requiredGates ?? policy.gates.filter((gate) => gate.required).map((gate) => gate.id);
  const testFirst = facts.workOrderKind === 'bugfix' || facts.workOrderKind === 'revert' ? ['test-first'] : [];
  return [...new Set([...builtinRequired, ...declared, ...facts.acceptanceGates, ...testFirst])];
}

function dangerousChanges(facts: MergeFacts, policy: Policy): string[] {
  const globs = [...dangerousPathGlobs, ...(policy.merge.dangerous?.paths ?? [])].map((glob) => prepareGlob(glob, { caseInsensitive: true }));
  const found: string[] = [];
  const touched = facts.changes.flatMap((c) => [c.path, ...(c.fromPath ? [c.fromPath] : [])]).filter((path) => matchAnyGlob(globs, path));
  if (touched.length > 0) found.push(`touches ${touched.join(', ')}`);
  const deleted = facts.changes.filter((c) => c.status === 'D').length;
  const maxDeleted = policy.merge.dangerous?.maxDeletedFiles ?? 20;
  if (deleted > maxDeleted) found.push(`deletes ${deleted} files (more than ${maxDeleted})`);
  if (facts.packageScriptsChanged) found.push('changes package scripts');
  const special = facts.changes.filter((c) => ['120000', '160000'].includes(c.newMode) || (c.newMode === '100755' && c.oldMode !== '100755'));
  if (special.length > 0) found.push(`adds symlinks, submodules or executables: ${special.map((c) => c.path).join(', ')}`);
  return found;
}

function canApprove(approval: ApprovalFact): boolean {
  return approval.permission === 'admin' || approval.permission === 'maintain' || approval.permission === 'write';
}

const short = (sha: string) => sha.slice(0, 7);
