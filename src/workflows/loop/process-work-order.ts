import type { AttemptRecord } from '../../core/loop/choose-attempt.ts';
import { agentSpendSchema, type ReportAgentSpend } from '../../core/report/report-schema.ts';
import { mergeAttemptLine } from '../../core/metrics/merge-attempt-line.ts';
import { loopRunId } from '../../core/loop/loop-run-id.ts';
import type { WorkOrderProgress } from '../../core/loop/work-order-progress.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { LoadedWorkOrder } from '../verify/verify-types.ts';
import { exportWork } from './export-work.ts';
import { guardMain } from './guard-main.ts';
import { landWorkOrder, type LandInput } from './land-work-order.ts';
import type { LocalTrain } from './local-train.ts';
import type { LoopEvent, LoopOptions, LoopPorts } from './loop-types.ts';
import { writeAttemptNote } from './attempt-notes.ts';
import { prepareAgentBranch, releaseHint } from './prepare-agent-branch.ts';
import type { AgentBranchFact } from './read-loop-facts.ts';

export interface ProcessInput {
  readonly workOrder: LoadedWorkOrder;
  readonly policy: Policy;
  readonly policyText: string;
  readonly existing: readonly AgentBranchFact[];
  readonly update: (change: Partial<WorkOrderProgress>) => void;
  readonly emit: (event: LoopEvent) => void;
  readonly withMain: <T>(body: () => Promise<T>) => Promise<T>;
  readonly moved: (oldSha: string, newSha: string) => Promise<void>;
  /** The merge train (`shopfloor run --speculate`); without it the branch lands alone. */
  readonly train?: LocalTrain;
}

/**
 * One dispatched work order, start to end, recorded in its own run document (opened before anything
 * else happens): agent branch (reused or implemented), export (push or patch series), verify + merge,
 * then the canary guard on the new main.
 */
export async function processWorkOrder(input: ProcessInput, options: LoopOptions, ports: LoopPorts): Promise<void> {
  const { value } = input.workOrder;
  const runId = loopRunId(ports.clock(), value.id, ports.randomHex(3));
  const run = await ports.openRun(runId, `Land work order ${value.id}: ${value.title}`);
  const { recorder } = run;
  const say = (text: string) => recorder.appendLine('conductor', text, { source: 'system' });
  const startedAtMs = ports.clock();
  const finish = (change: Partial<WorkOrderProgress>) => input.update({ ...change, finishedAtMs: ports.clock() });
  let revertedBy: string | undefined;
  input.update({ state: 'dispatched', startedAtMs, runId, detail: undefined, holds: [], gates: [] });
  try {
    await recorder.setStatus('running', `dispatched ${value.id}`);
    await recorder.markSection('conductor', 'active');
    const mainSha = (await ports.git.revParse(options.repoDir, `refs/heads/${options.main}`))!;
    await say(`dispatched ${value.id} on main ${mainSha.slice(0, 12)} (run ${runId})`);
    const policyDigest = `sha256:${ports.hash(input.policyText)}`;
    const prepared = await prepareAgentBranch({ workOrder: input.workOrder, policy: input.policy, policyText: input.policyText, mainSha, existing: input.existing, recorder, runId, onImplementing: () => input.update({ state: 'implementing' }) }, options, ports);
    if (prepared.story) {
      input.update({ detail: prepared.story });
      input.emit({ type: 'attempt', workOrder: value.id, message: prepared.story });
    }
    for (const what of prepared.refused) input.emit({ type: 'refused', workOrder: value.id, what });
    if (!prepared.ok) {
      const holds = prepared.state === 'held' ? [{ code: 'held' as const, message: prepared.message, releaseBy: prepared.releaseBy }] : [];
      finish({ state: prepared.state, detail: prepared.state === 'failed' ? prepared.message : prepared.story, holds, refused: prepared.refused });
      input.emit(prepared.state === 'held' ? { type: 'held', workOrder: value.id, reasons: holds } : { type: 'failed', workOrder: value.id, message: prepared.message });
      await recorder.markSection('conductor', prepared.state === 'held' ? 'done' : 'failed');
      await recorder.setStatus(prepared.state === 'held' ? 'blocked' : 'failed', `${prepared.message}; ${prepared.releaseBy}`);
      return;
    }
    input.emit({ type: 'timing', phase: 'agent', ms: prepared.agentMs });
    input.update({ state: 'verifying', branch: prepared.branch, refused: prepared.refused });
    const where = await exportWork(ports.git, options.repoDir, { workOrderId: value.id, branch: prepared.branch, base: prepared.base, patchesDir: options.patchesDir, resetDir: async (dir) => ports.scratch.remove(dir) });
    input.emit({ type: 'exported', workOrder: value.id, where });
    await say(`exported: ${where}`);
    const landInput: LandInput = {
      workOrder: input.workOrder, policy: input.policy, policyText: input.policyText, branch: prepared.branch, branchSha: prepared.sha, runId, recorder,
      ...(prepared.refusedChanges ? { refused: prepared.refusedChanges } : {}),
      ...(spendOf(prepared.record) ? { agents: [spendOf(prepared.record)!] } : {}),
      onGates: (gates) => input.update({ gates }),
      onGatesMs: (ms) => input.emit({ type: 'timing', phase: 'gates', ms }),
      withMain: input.withMain,
      afterMerge: async (merge) => {
        input.update({ state: 'merged', mergeSha: merge.sha, finishedAtMs: ports.clock() });
        input.emit({ type: 'merged', workOrder: value.id, sha: merge.sha, reportDigest: merge.reportDigest, attempts: merge.attempts });
        await input.moved(merge.oldSha, merge.sha);
        const emit = (event: LoopEvent) => {
          // The canary this merge triggered may revert it: say so where the user looks for this work order.
          if (event.type === 'reverted' && event.culprit === merge.sha) {
            revertedBy = event.sha;
            input.update({ state: 'reverted', detail: `canary RED; reverted by ${event.sha.slice(0, 12)}, bug work order ${event.bugWorkOrder}` });
          }
          input.emit(event);
        };
        await guardMain(merge.sha, { policy: input.policy, policyText: input.policyText, say, emit, moved: input.moved }, options, ports);
      },
    };
    const landed = input.train ? await input.train.land(landInput) : await landWorkOrder(landInput, options, ports);
    if (landed.kind === 'held') {
      const refused = prepared.refusedChanges?.decision === 'hold' ? prepared.refusedChanges : undefined;
      // The scope gate's failure is the refused part: say what it is, where it is kept, and how to decide.
      const reasons = refused
        ? [{ code: 'held' as const, message: `the agent also changed ${refused.paths.join(', ')} outside the scope of ${value.id}; that part was left out and kept as ${refused.patch ?? 'no patch'}, and nobody decided to drop it (policy scope.outside: hold)`, releaseBy: releaseHint(value.id, input.workOrder.file, true) },
          ...landed.reasons.filter((r) => !(r.code === 'gate-failed' && /"scope"/.test(r.message)))]
        : landed.reasons;
      // Merge success counts this: the merged records are written where main moves (land, train).
      await ports.record(mergeAttemptLine(value.id, ports.clock(), reasons));
      const approvals = (await ports.approvalsFor(value.id)).filter((a) => a.sha === prepared.sha).length;
      await writeAttemptNote(ports.git, options.repoDir, prepared.sha, { ...prepared.record, held: { runId, at: new Date(ports.clock()).toISOString(), reasons: reasons.map((r) => r.message), codes: reasons.map((r) => r.code), approvals, policyDigest } });
      finish({ state: 'held', holds: reasons });
      input.emit({ type: 'held', workOrder: value.id, reasons });
      for (const reason of reasons) await say(`held: ${reason.message} — release: ${reason.releaseBy}`);
      await recorder.markSection('conductor', 'done');
      await recorder.setStatus('blocked', reasons.map((r) => r.message).join('; '));
      return;
    }
    if (landed.kind === 'already-merged') {
      finish({ state: 'done', mergeSha: landed.sha, detail: 'already merged' });
      await recorder.markSection('conductor', 'done');
      await recorder.setStatus('completed', `already merged as ${landed.sha.slice(0, 12)}`);
      return;
    }
    await recorder.markSection('conductor', 'done');
    await recorder.setStatus('completed', `merged as ${landed.sha.slice(0, 12)}${revertedBy ? `, then reverted by ${revertedBy.slice(0, 12)} (canary RED)` : ''}`);
  } catch (error) {
    await recorder.markSection('conductor', 'failed').catch(() => undefined);
    await recorder.setStatus('failed', error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  } finally {
    await run.close();
  }
}

/** The attempt's spend as its note recorded it; a note from an older Shopfloor (or a malformed one) has none. */
function spendOf(record: AttemptRecord): ReportAgentSpend | undefined {
  const parsed = agentSpendSchema.safeParse(record.spend);
  return parsed.success ? parsed.data : undefined;
}
