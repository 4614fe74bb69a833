import { planDispatch } from '../../core/loop/plan-dispatch.ts';
import { idleProgress, type WorkOrderProgress } from '../../core/loop/work-order-progress.ts';
import { readCanaryNotes } from '../canary/canary-notes.ts';
import { cleanStale } from './clean-stale.ts';
import { guardStartingMain } from './guard-starting-main.ts';
import type { LoopEvent, LoopOptions, LoopPorts } from './loop-types.ts';
import { processWorkOrder } from './process-work-order.ts';
import { createLocalTrain } from './local-train.ts';
import { resolveTrainConfig } from '../../core/train/resolve-train-config.ts';
import { readWorkOrderStates } from './read-work-order-states.ts';
import { releaseHint } from './prepare-agent-branch.ts';
import type { HoldReason } from '../../core/merge/merge-decision.ts';
import { readMainInputs } from './read-main-inputs.ts';
import { adoptMain, checkMain } from './main-ledger.ts';
import { createMutex, serializeGit } from './serialize-git.ts';
import { bringCheckoutAlong } from './sync-checkout.ts';

export interface LoopResult {
  readonly ok: boolean;
  readonly message?: string;
  readonly rows: readonly WorkOrderProgress[];
  readonly events: readonly LoopEvent[];
  readonly cleaned: readonly string[];
  readonly mainSha: string;
}

/**
 * The local loop: derive state from git, dispatch the ready work orders (up to `parallel`, never two
 * with overlapping scope), implement, verify, merge by compare-and-swap, guard main with the canary,
 * and repeat until nothing is ready. Safe to kill at any instant and run again.
 */
export async function runLoop(options: LoopOptions, rawPorts: LoopPorts): Promise<LoopResult> {
  const ports: LoopPorts = { ...rawPorts, git: serializeGit(rawPorts.git) };
  const { git } = ports;
  const { repoDir, main } = options;
  const events: LoopEvent[] = [];
  const rows = new Map<string, WorkOrderProgress>();
  const publish = () => options.onProgress?.([...rows.values()]);
  // Main as the last canary left it: RED until a revert lands or a canary is GREEN again.
  let red: { sha: string; regressed: readonly string[]; why?: string } | undefined;
  const emit = (event: LoopEvent) => {
    events.push(event);
    if (event.type === 'canary') red = event.verdict === 'RED' ? { sha: event.sha, regressed: event.regressed } : undefined;
    if (event.type === 'reverted' || (event.type === 'revert-held' && event.flake)) red = undefined;
    if (event.type === 'revert-held' && red) red = { ...red, why: event.reasons.join('; ') };
    options.onEvent?.(event);
  };
  const update = (id: string, change: Partial<WorkOrderProgress>) => {
    rows.set(id, { ...(rows.get(id) ?? idleProgress(id, 'ready')), ...change });
    publish();
  };
  const cleaned = await cleanStale(git, repoDir, `refs/heads/${main}`, options.worktreesDir, (dir) => ports.scratch.remove(dir));
  const withMain = createMutex();
  const moved = async () => {
    const message = await bringCheckoutAlong(git, repoDir, main);
    if (message) emit({ type: 'checkout', message });
  };
  // A run killed between moving main and moving the checkout catches the checkout up first.
  await moved();

  const first = await readMainInputs(git, repoDir, main);
  if (!first.ok) return { ok: false, message: first.message, rows: [], events, cleaned, mainSha: '' };
  // The operator started this run on main as it is; from here on only the loop moves it.
  const adopted = await adoptMain(git, repoDir, main);
  if (adopted.note) emit({ type: 'main', message: adopted.note });
  // A run killed after a merge but before its canary (or mid-bisect) finishes that job first.
  const startSha = (await git.revParse(repoDir, `refs/heads/${main}`))!;
  const notes = (await readCanaryNotes(git, repoDir)).filter((n) => n.sha === startSha);
  if (first.policy.canary && (notes.length === 0 || notes.at(-1)!.note.verdict === 'RED')) {
    await withMain(() => guardStartingMain(startSha, { policy: first.policy, policyText: first.policyText, emit, moved }, options, ports));
  }

  // --speculate lands through the merge train: the planner the App drives, here with local cars.
  const train = options.speculative ? createLocalTrain(resolveTrainConfig(first.policy.merge), options, ports, withMain) : undefined;
  const running = new Map<string, Promise<void>>();
  const settled = new Set<string>();
  let onceSlots = options.parallel;
  let stopped: string | undefined;
  for (;;) {
    if (options.signal?.aborted) break;
    const check = await checkMain(git, repoDir, main);
    if (!check.ok) {
      stopped = check.message;
      emit({ type: 'main', message: check.message });
      break;
    }
    if (red) {
      // Nothing more lands on a main the canary found RED and no revert restored: every merge on top would be judged against a broken main.
      stopped = `${main} is RED at ${red.sha.slice(0, 12)} (canary: regressed ${red.regressed.join(', ') || 'the build'}) and no revert restored it${red.why ? ` (${red.why})` : ''}; nothing more was dispatched. Fix ${main} (shopfloor canary, shopfloor bisect, shopfloor revert), then run again`;
      emit({ type: 'main', message: stopped });
      break;
    }
    const inputs = await readMainInputs(git, repoDir, main);
    if (!inputs.ok) return { ok: false, message: inputs.message, rows: [...rows.values()], events, cleaned, mainSha: '' };
    const releasing = new Set([...(options.retry ?? []), ...(options.acceptDrop?.ids ?? [])]);
    const states = await readWorkOrderStates(git, repoDir, main, inputs.workOrders.filter((w) => !running.has(w.value.id) && !settled.has(w.value.id)), { hash: ports.hash, policyText: inputs.policyText, approvalsFor: ports.approvalsFor, releasing });
    const { facts, merged, reverted } = states;
    const plan = planDispatch(inputs.workOrders.map((w) => w.value), { merged, reverted, held: new Set(states.held.keys()), running: new Set(running.keys()), settled, parallel: options.parallel });
    for (const [id, state] of plan.states) {
      const row = rows.get(id);
      if (!row || row.state === 'waiting' || row.state === 'ready' || (state === 'reverted' && row.state === 'merged')) {
        const held = state === 'held' ? states.held.get(id) : undefined;
        if (held) {
          const file = inputs.workOrders.find((w) => w.value.id === id)!.file;
          const releaseBy = held.attempt ? releaseHint(id, file, (held.attempt.record?.refused ?? []).length > 0) : held.releaseBy!;
          const what = held.attempt ? held.attempt.branch : `${id} (before any agent work)`;
          update(id, { state, ...(held.attempt ? { branch: held.attempt.branch } : {}), detail: `still held: ${what} was held in run ${held.runId} and neither it, the work order nor the policy changed since; not dispatched again`, holds: held.reasons.map((message, i) => ({ code: (held.codes[i] ?? 'held') as HoldReason['code'], message, releaseBy })) });
          continue;
        }
        update(id, { state: state === 'done' && row?.state === 'merged' ? 'merged' : state, ...(state === 'waiting' ? { detail: `waits for ${plan.waitingOn.get(id)?.join(', ')}` } : { detail: row?.detail }) });
      }
    }
    // --once lands one batch; a work order that was held before any agent work (no implementer, say)
    // gives its place in the batch to the next ready one instead of starving it.
    const dispatch = options.once ? plan.dispatch.slice(0, Math.max(0, onceSlots)) : plan.dispatch;
    onceSlots = 0;
    for (const id of dispatch) {
      const workOrder = inputs.workOrders.find((w) => w.value.id === id)!;
      const job = processWorkOrder({ workOrder, policy: inputs.policy, policyText: inputs.policyText, existing: facts.branches.get(id) ?? [], update: (change) => update(id, change), emit, withMain, moved, ...(train ? { train } : {}) }, options, ports)
        .catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          update(id, { state: 'failed', detail: message, finishedAtMs: ports.clock() });
          emit({ type: 'failed', workOrder: id, message });
        })
        .finally(() => {
          running.delete(id);
          settled.add(id);
          const row = rows.get(id);
          if (row?.state === 'held' && !row.branch) onceSlots += 1;
        });
      running.set(id, job);
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }
  await Promise.allSettled(running.values());
  const mainSha = (await git.revParse(repoDir, `refs/heads/${main}`))!;
  const failed = [...rows.values()].some((row) => row.state === 'failed');
  return { ok: !failed && !stopped, ...(stopped ? { message: stopped } : {}), rows: [...rows.values()], events, cleaned, mainSha };
}
