import { renderRevertMergeMessage } from '../../core/loop/revert-merge-message.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { verifyChange } from '../verify/verify-change.ts';
import { loopNotesRef } from './land-work-order.ts';
import { checkMain, moveMain } from './main-ledger.ts';
import type { LoopOptions, LoopPorts } from './loop-types.ts';
import { commitMerge, mergeTree } from './merge-candidate.ts';

export type RevertLanding = { readonly ok: true; readonly sha: string; readonly reportDigest: string } | { readonly ok: false; readonly reason: string };

/**
 * Lands a verified revert branch the way a work order lands: the merge candidate (main + branch) is
 * verified as that exact tree with a signed report, main moves to a merge commit of that tree and
 * those parents by compare-and-swap, and the report is attached to it as a note, so the commit on main
 * is checkable by its own SHA (the branch's own report proves the branch, not what lands).
 */
export async function landRevert(
  input: { readonly mainSha: string; readonly branch: string; readonly culprit: string; readonly subject: string; readonly policy: Policy; readonly policyText: string; readonly runId: string },
  options: LoopOptions,
  ports: LoopPorts,
): Promise<RevertLanding> {
  const { git } = ports;
  const { repoDir } = options;
  const branchSha = (await git.revParse(repoDir, `refs/heads/${input.branch}`))!;
  const tree = await mergeTree(git, repoDir, input.mainSha, branchSha);
  if (!tree.ok) return { ok: false, reason: `the revert branch ${input.branch} no longer merges into ${input.mainSha.slice(0, 12)} (${tree.conflicts.join(', ')})` };
  const message = (reportDigest: string) => renderRevertMergeMessage({ culprit: input.culprit, subject: input.subject, branch: input.branch, reportDigest });
  const candidate = await commitMerge(git, repoDir, tree.tree, [input.mainSha, branchSha], message('pending'));
  const verified = await verifyChange({
    ...ports.verify, repoDir, base: input.mainSha, head: candidate, policy: input.policy, policyFile: '.github/shopfloor.yml', policyText: input.policyText,
    runId: input.runId, scratchDir: options.worktreesDir, ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!verified.passed) return { ok: false, reason: `the revert's merge into main failed verification: ${verified.report.verdict.reasons.join('; ')}` };
  const final = await commitMerge(git, repoDir, tree.tree, [input.mainSha, branchSha], message(verified.reportDigest));
  await git.notesAdd(repoDir, loopNotesRef, final, await ports.readText(verified.reportPath));
  if (!(await moveMain(git, repoDir, options.main, final, input.mainSha))) {
    const check = await checkMain(git, repoDir, options.main);
    return { ok: false, reason: check.ok ? 'main moved while the revert was verified; the next run redoes it' : check.message };
  }
  return { ok: true, sha: final, reportDigest: verified.reportDigest };
}
