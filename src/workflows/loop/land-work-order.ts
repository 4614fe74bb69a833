import type { ReportAgentSpend } from '../../core/report/report-schema.ts';
import type { GateMark } from '../../core/loop/work-order-progress.ts';
import { renderMergeMessage } from '../../core/loop/merge-message.ts';
import { decideMerge, type HoldReason } from '../../core/merge/merge-decision.ts';
import { mergeAttemptLine } from '../../core/metrics/merge-attempt-line.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { checkReport } from '../verify/check-report.ts';
import { verifyChange } from '../verify/verify-change.ts';
import type { LoadedWorkOrder, RefusedChanges } from '../verify/verify-types.ts';
import { followGates } from './gate-progress.ts';
import { gatherMergeFacts } from './gather-merge-facts.ts';
import type { LoopOptions, LoopPorts } from './loop-types.ts';
import { commitMerge, mergeTree } from './merge-candidate.ts';
import { readLoopFacts } from './read-loop-facts.ts';
import { checkMain, moveMain } from './main-ledger.ts';

/** Where reports are attached (DESIGN.md "Git-native state"). */
export const loopNotesRef = 'refs/notes/shopfloor';

export type LandOutcome =
  | { readonly kind: 'merged'; readonly oldSha: string; readonly sha: string; readonly reportDigest: string; readonly attempts: number }
  | { readonly kind: 'already-merged'; readonly sha: string }
  | { readonly kind: 'held'; readonly reasons: readonly HoldReason[] };

export interface LandInput {
  readonly workOrder: LoadedWorkOrder;
  readonly policy: Policy;
  readonly policyText: string;
  readonly branch: string;
  readonly branchSha: string;
  /** What the agent changed outside its scope (refused, kept as a patch) and what was decided. */
  readonly refused?: RefusedChanges;
  /** What the agents that wrote the branch spent: signed into its report. */
  readonly agents?: readonly ReportAgentSpend[];
  readonly runId: string;
  readonly recorder: RunRecorder;
  readonly onGates: (gates: readonly GateMark[]) => void;
  readonly onGatesMs: (ms: number) => void;
  /** Runs `body` while no one else moves main (merges and the canary after them are serialized). */
  readonly withMain: <T>(body: () => Promise<T>) => Promise<T>;
  /** Called with main already moved, still inside `withMain` (canary, checkout). */
  readonly afterMerge: (merge: { readonly oldSha: string; readonly sha: string; readonly reportDigest: string; readonly attempts: number }) => Promise<void>;
}

const maxAttempts = 5;

/**
 * Lands an agent branch the bors way: the candidate is main + branch (`--no-ff`), verified as that
 * exact tree against base = current main with a signed report, judged by the merge policy, and main
 * moves only by compare-and-swap from the verified main SHA to a merge commit of that very tree. If
 * main moved meanwhile, the candidate is rebuilt on the new main and verified again.
 */
export async function landWorkOrder(input: LandInput, options: LoopOptions, ports: LoopPorts): Promise<LandOutcome> {
  const { git } = ports;
  const { repoDir, main } = options;
  const id = input.workOrder.value.id;
  const conductor = (text: string) => input.recorder.appendLine('conductor', text, { source: 'system' });
  const direct = <T>(body: () => Promise<T>) => body();
  // Queue mode verifies one candidate at a time on the real main (no verification wasted on a main that
  // moves); speculative mode verifies in parallel and pays a re-verification when it loses the race.
  const outer = options.speculative ? direct : input.withMain;
  const inner = options.speculative ? input.withMain : direct;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const outcome = await outer(() => tryOnce(attempt));
    if (outcome !== 'retry') return outcome;
  }
  return { kind: 'held', reasons: [{ code: 'base-moved', message: `main kept moving during ${maxAttempts} verifications`, releaseBy: 'run again when main is quieter' }] };

  async function tryOnce(attempt: number): Promise<LandOutcome | 'retry'> {
    // Main must be where Shopfloor left it: a main moved by anything else gets nothing merged on top.
    const ledger = await checkMain(git, repoDir, main);
    if (!ledger.ok) return { kind: 'held', reasons: [{ code: 'held', message: ledger.message, releaseBy: 'inspect main, then run shopfloor run again' }] };
    const mainSha = ledger.sha;
    const facts = await readLoopFacts(git, repoDir, mainSha);
    const already = facts.merged.get(id);
    if (already && !facts.reverted.has(already.mergeSha)) return { kind: 'already-merged', sha: already.mergeSha };
    const merged = await mergeTree(git, repoDir, mainSha, input.branchSha);
    if (!merged.ok) {
      return { kind: 'held', reasons: [{ code: 'held', message: `${input.branch} conflicts with main ${mainSha.slice(0, 12)} in ${merged.conflicts.join(', ') || 'some files'}`, releaseBy: `retry it so the agent redoes it on the new main: shopfloor run --retry ${id}` }] };
    }
    const subject = `Merge ${id}: ${input.workOrder.value.title}`;
    const trailers = { workOrder: id, agentBranch: input.branch };
    const candidate = await commitMerge(git, repoDir, merged.tree, [mainSha, input.branchSha], renderMergeMessage(subject, { ...trailers, reportDigest: 'pending' }));
    await conductor(`attempt ${attempt}: candidate ${candidate.slice(0, 12)} = main ${mainSha.slice(0, 12)} + ${input.branch} (--no-ff); verifying that exact tree`);
    await input.recorder.markSection('verifier', 'active');
    const started = ports.clock();
    const verified = await verifyChange({
      ...ports.verify, repoDir, base: mainSha, head: candidate, workOrder: input.workOrder,
      policy: input.policy, policyFile: '.github/shopfloor.yml', policyText: input.policyText,
      runId: `${input.runId}-v${attempt}`, scratchDir: options.worktreesDir, ...(options.signal ? { signal: options.signal } : {}), ...(input.refused ? { refused: input.refused } : {}), ...(input.agents ? { agents: input.agents } : {}),
      onProgress: followGates(input.recorder, input.onGates),
    });
    input.onGatesMs(ports.clock() - started);
    await input.recorder.markSection('verifier', verified.passed ? 'done' : 'failed');
    const reportText = await ports.readText(verified.reportPath);
    const check = checkReport(reportText, verified.reportPath, ports.trusted, ports.verifier, candidate);
    const current = (await git.revParse(repoDir, `refs/heads/${main}`))!;
    const mergeFacts = await gatherMergeFacts({ git, repoDir, workOrder: input.workOrder, report: verified.report, reportDigest: verified.reportDigest, trusted: check.ok, candidate, branchSha: input.branchSha, mainSha: current, approvals: await ports.approvalsFor(id), hash: ports.hash });
    const decision = decideMerge(mergeFacts, input.policy);
    if (decision.action === 'hold') {
      if (decision.reasons.every((reason) => reason.code === 'base-moved')) {
        await conductor(`main moved to ${current.slice(0, 12)} while verifying; rebuilding the candidate on it`);
        return 'retry';
      }
      return { kind: 'held', reasons: decision.reasons };
    }
    const outcome = await inner(async () => {
      const message = renderMergeMessage(subject, { ...trailers, reportDigest: verified.reportDigest });
      const final = await commitMerge(git, repoDir, merged.tree, [mainSha, input.branchSha], message);
      await git.notesAdd(repoDir, loopNotesRef, final, reportText);
      if (!(await moveMain(git, repoDir, main, final, mainSha))) return undefined;
      await ports.record(mergeAttemptLine(id, ports.clock()));
      await conductor(`merged: main ${mainSha.slice(0, 12)} → ${final.slice(0, 12)} (compare-and-swap; report ${verified.reportDigest.slice(0, 19)}… proves tree ${merged.tree.slice(0, 12)})`);
      await input.afterMerge({ oldSha: mainSha, sha: final, reportDigest: verified.reportDigest, attempts: attempt });
      return final;
    });
    if (outcome) return { kind: 'merged', oldSha: mainSha, sha: outcome, reportDigest: verified.reportDigest, attempts: attempt };
    await conductor('main moved before the compare-and-swap; rebuilding the candidate on the new main');
    return 'retry';
  }
}
