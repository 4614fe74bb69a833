import type { CanaryVerdictKind } from '../../core/canary/canary-types.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { buildBugWorkOrder } from '../../core/revert/build-bug-work-order.ts';
import { decideRevertMerge, type RevertMergeDecision } from '../../core/revert/decide-revert-merge.ts';
import { planRevert, type RevertPlan } from '../../core/revert/plan-revert.ts';
import { workOrdersOf } from '../../core/revert/read-commit-message.ts';
import type { RevertFacts } from '../../core/revert/revert-facts.ts';
import type { GateVerifier } from '../../ports/gate-verifier.ts';
import type { Git } from '../../ports/git.ts';
import type { RepoFiles } from '../../ports/repo-files.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';
import { withWorktree } from '../bisect/with-worktree.ts';
import { readCanaryNotes } from '../canary/canary-notes.ts';
import { renderRevertCommitMessage } from '../../core/revert/revert-commit-message.ts';
import { gatherRevertFacts } from './gather-revert-facts.ts';

export interface RevertRequest {
  readonly repoDir: string;
  readonly culprit: string;
  /** The branch tip the revert goes onto (main). */
  readonly onto: string;
  readonly policy: Policy;
  readonly nowMs: number;
  /** The bisect's posterior for the culprit; omitted when a human names the merge. */
  readonly confidence?: number;
  /** The check that failed, for the bug work order's reproducer. */
  readonly failingCheck?: { readonly name: string; readonly run: string; readonly env?: readonly string[] };
}

export interface RevertPorts {
  readonly git: Git;
  readonly scratch: ScratchSpace;
  readonly gates: (worktree: string) => GateVerifier;
  readonly filesAt: (dir: string) => RepoFiles;
  /** Runs the canary on a commit without recording it (revert-verify); absent when there is no canary. */
  readonly trialCanary?: (rev: string) => Promise<CanaryVerdictKind>;
}

export type RevertRun =
  | { readonly ok: false; readonly message: string }
  | { readonly ok: true; readonly created: false; readonly plan: Exclude<RevertPlan, { action: 'revert' }>; readonly facts: RevertFacts }
  | {
      readonly ok: true;
      readonly created: true;
      readonly plan: Extract<RevertPlan, { action: 'revert' }>;
      readonly facts: RevertFacts;
      readonly revertSha: string;
      readonly workOrder: { readonly id: string; readonly path: string; readonly created: boolean };
      readonly gates: { readonly passed: boolean; readonly summary: string };
      readonly canary?: CanaryVerdictKind;
      readonly merge: RevertMergeDecision;
    };

/**
 * Plans a revert with the core policy, then (if allowed) creates it on `shopfloor/revert/<sha>` in a
 * scratch worktree: `git revert -m 1` for a merge, never resolving a conflict, plus the bug work order
 * as a second commit. Runs the gates there, then the canary on the revert branch without recording it
 * (revert-verify), and says whether policy lets it merge. The user's checkout
 * and `onto` are never moved; a refused or conflicting revert leaves no branch behind.
 */
export async function runRevert(request: RevertRequest, ports: RevertPorts): Promise<RevertRun> {
  const { git, scratch } = ports;
  const { repoDir } = request;
  const sha = await git.revParse(repoDir, request.culprit);
  if (!sha) return { ok: false, message: `"${request.culprit}" is not a commit in ${repoDir}; pass the merge a bisect named` };
  const head = await git.revParse(repoDir, request.onto);
  if (!head) return { ok: false, message: `--onto "${request.onto}" is not a commit in ${repoDir}` };
  const mainline = await git.log(repoDir, { to: head, firstParent: true });
  const culprit = mainline.find((c) => c.sha === sha);
  if (!culprit) return { ok: false, message: `${sha.slice(0, 12)} is not a first-parent commit of ${request.onto}; revert the merge that brought it in instead` };
  const facts = await gatherRevertFacts(git, repoDir, culprit, head, request.policy.revert, request.nowMs);
  const plan = planRevert(facts, request.policy.revert);
  if (plan.action !== 'revert') return { ok: true, created: false, plan, facts };

  // An earlier, unmerged try at this same revert (kept for review, or refused) is replaced by this one;
  // a merged one never gets here (the culprit is already reverted).
  const earlier = await git.revParse(repoDir, `refs/heads/${plan.branch}`);
  if (earlier) await git.deleteRef(repoDir, `refs/heads/${plan.branch}`);
  const failingCheck = request.failingCheck ?? (await lastFailingFlow(git, repoDir, request.policy));
  let kept = false;
  try {
    const outcome = await withWorktree(git, scratch, repoDir, head, async (dir) => {
      const message = renderRevertCommitMessage(culprit.subject, sha);
      const applied = await git.revert(dir, sha, { ...(plan.mainline ? { mainline: plan.mainline } : {}), message });
      if (!applied.ok) return { ok: false as const, conflicts: applied.conflicts };
      const bug = buildBugWorkOrder({
        culprit: { sha, subject: culprit.subject, files: facts.culprit.files },
        revertSha: applied.sha,
        revertBranch: plan.branch,
        ...(failingCheck ? { failingCheck } : {}),
        workOrders: workOrdersOf(culprit),
        testGlobs: request.policy.revert.testGlobs,
      });
      const created = (await ports.filesAt(dir).create(bug.path, bug.text)) === 'created';
      if (created) {
        await git.addAll(dir, [bug.path]);
        await git.commit(dir, `Add bug work order ${bug.workOrder.id} for the reverted ${sha.slice(0, 12)}\n\nEvery revert needs a fix with a regression test that fails on the culprit.\n`);
      }
      const gates = await ports.gates(dir).verify({ repoDir: dir, base: head, head: applied.sha });
      return { ok: true as const, sha: applied.sha, gates, workOrder: { id: bug.workOrder.id, path: bug.path, created } };
    }, { branch: plan.branch });
    if (!outcome.ok) {
      const withConflicts: RevertFacts = { ...facts, applies: { ok: false, conflicts: outcome.conflicts } };
      return { ok: true, created: false, plan: planRevert(withConflicts, request.policy.revert) as Exclude<RevertPlan, { action: 'revert' }>, facts: withConflicts };
    }
    kept = true;
    const canary = ports.trialCanary ? await ports.trialCanary(plan.branch) : undefined;
    const merge = decideRevertMerge({ gates: outcome.gates, ledger: facts.ledger, ...(canary ? { canary } : {}), ...(request.confidence !== undefined ? { confidence: request.confidence } : {}) }, request.policy.revert);
    return { ok: true, created: true, plan, facts: { ...facts, applies: { ok: true } }, revertSha: outcome.sha, workOrder: outcome.workOrder, gates: outcome.gates, ...(canary ? { canary } : {}), merge };
  } finally {
    if (!kept) await git.deleteRef(repoDir, `refs/heads/${plan.branch}`);
  }
}

/** The flow the latest RED canary blamed, as the bug work order's reproducer when none was named. */
async function lastFailingFlow(git: Git, repoDir: string, policy: Policy): Promise<{ name: string; run: string; env?: readonly string[] } | undefined> {
  const red = (await readCanaryNotes(git, repoDir)).filter((n) => n.note.verdict === 'RED').sort((a, b) => a.note.at.localeCompare(b.note.at)).at(-1);
  const flow = policy.canary?.flows.find((f) => red?.note.regressed?.includes(f.id));
  return flow ? { name: flow.id, run: flow.run, ...(flow.env ? { env: flow.env } : {}) } : undefined;
}
