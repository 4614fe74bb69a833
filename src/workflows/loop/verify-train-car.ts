import { decideMerge, type HoldReason } from '../../core/merge/merge-decision.ts';
import { checkReport } from '../verify/check-report.ts';
import { verifyChange } from '../verify/verify-change.ts';
import { followGates } from './gate-progress.ts';
import { gatherMergeFacts } from './gather-merge-facts.ts';
import type { LandInput } from './land-work-order.ts';
import type { LoopOptions, LoopPorts } from './loop-types.ts';

/** A train car's verification, judged as if its base were main (which it is when the car may land). */
export type CarVerdict =
  | { readonly kind: 'pass'; readonly reportDigest: string; readonly reportText: string }
  /** Gates failed: the train may re-verify, then evicts the member. */
  | { readonly kind: 'fail'; readonly flaky: boolean; readonly failingGates: readonly string[]; readonly reasons: readonly HoldReason[] }
  /** The policy holds the member for reasons a re-verification cannot change (approvals, dangerous change). */
  | { readonly kind: 'hold'; readonly reasons: readonly HoldReason[] };

const gateCodes = new Set<HoldReason['code']>(['gate-failed', 'gate-flaky']);

/** Verifies the car commit `sha` (= `base` + the member) with the member's work order and decides. */
export async function verifyTrainCar(
  input: { readonly land: LandInput; readonly base: string; readonly sha: string; readonly attempt: number; readonly car: number; readonly signal: AbortSignal },
  options: LoopOptions,
  ports: LoopPorts,
): Promise<CarVerdict> {
  const { land } = input;
  await land.recorder.markSection('verifier', 'active');
  const started = ports.clock();
  const verified = await verifyChange({
    ...ports.verify, repoDir: options.repoDir, base: input.base, head: input.sha, workOrder: land.workOrder,
    policy: land.policy, policyFile: '.github/shopfloor.yml', policyText: land.policyText,
    runId: `${land.runId}-c${input.car}v${input.attempt}`, scratchDir: options.worktreesDir, signal: input.signal, ...(land.refused ? { refused: land.refused } : {}), ...(land.agents ? { agents: land.agents } : {}),
    onProgress: followGates(land.recorder, land.onGates),
  });
  land.onGatesMs(ports.clock() - started);
  await land.recorder.markSection('verifier', verified.passed ? 'done' : 'failed');
  const reportText = await ports.readText(verified.reportPath);
  const check = checkReport(reportText, verified.reportPath, ports.trusted, ports.verifier, input.sha);
  const facts = await gatherMergeFacts({
    git: ports.git, repoDir: options.repoDir, workOrder: land.workOrder, report: verified.report, reportDigest: verified.reportDigest, trusted: check.ok,
    candidate: input.sha, branchSha: land.branchSha, mainSha: input.base, approvals: await ports.approvalsFor(land.workOrder.value.id), hash: ports.hash,
  });
  const decision = decideMerge(facts, land.policy);
  if (decision.action === 'merge') return { kind: 'pass', reportDigest: verified.reportDigest, reportText };
  if (!decision.reasons.every((r) => gateCodes.has(r.code))) return { kind: 'hold', reasons: decision.reasons };
  const failingGates = verified.report.gates.filter((g) => g.status === 'fail' || g.status === 'error' || g.status === 'flaky').map((g) => g.id);
  return { kind: 'fail', flaky: decision.reasons.some((r) => r.code === 'gate-flaky'), failingGates, reasons: decision.reasons };
}
