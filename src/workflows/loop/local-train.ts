import { renderMergeMessage } from '../../core/loop/merge-message.ts';
import type { HoldReason } from '../../core/merge/merge-decision.ts';
import { mergeAttemptLine } from '../../core/metrics/merge-attempt-line.ts';
import { carTree } from '../../core/train/car-tree.ts';
import { startTrain, stepTrain } from '../../core/train/step-train.ts';
import type { TrainAction, TrainConfig, TrainEvent, TrainState } from '../../core/train/train-types.ts';
import { recordFolded } from './folded-notes.ts';
import { loopNotesRef, type LandInput, type LandOutcome } from './land-work-order.ts';
import type { LoopOptions, LoopPorts } from './loop-types.ts';
import { checkMain, moveMain } from './main-ledger.ts';
import { commitMerge, mergeTree } from './merge-candidate.ts';
import { readLoopFacts } from './read-loop-facts.ts';
import { verifyTrainCar } from './verify-train-car.ts';

/** Lands agent branches through the merge train; `land` settles when the branch landed or was held. */
export interface LocalTrain {
  readonly land: (input: LandInput) => Promise<LandOutcome>;
}

interface Entry {
  readonly input: LandInput;
  readonly resolve: (outcome: LandOutcome) => void;
  readonly reject: (error: unknown) => void;
  reasons?: readonly HoldReason[];
  attempts: number;
}

interface CarWork {
  readonly base: string;
  readonly keys: readonly string[];
  readonly abort: AbortController;
  /** The digest of the report that passed this car's exact commit. */
  report?: { readonly digest: string };
}

const short = (sha: string) => sha.slice(0, 12);

/**
 * The local adapter of the train planner (`core/train`), the same planner the App drives: cars are real
 * merge commits in the repository (each car = main, or the car it is built on, + one agent branch, `--no-ff`),
 * verified with the work order's gates as that exact commit, and landed by the main ledger's
 * compare-and-swap, which fast-forwards main to exactly the verified commit. The report is attached to
 * that commit as a git note (a commit cannot name its own report's digest). Cars hold one branch each
 * because reports, scope and acceptance are per work order.
 */
export function createLocalTrain(config: TrainConfig, options: LoopOptions, ports: LoopPorts, withMain: <T>(body: () => Promise<T>) => Promise<T>): LocalTrain {
  const { git } = ports;
  const { repoDir, main } = options;
  let state: TrainState | undefined;
  let stopped: HoldReason | undefined;
  let chain: Promise<void> = Promise.resolve();
  const entries = new Map<string, Entry>();
  const cars = new Map<number, CarWork>();
  const say = (entry: Entry, text: string) => entry.input.recorder.appendLine('conductor', text, { source: 'system' });

  const feed = (event: TrainEvent): Promise<void> =>
    (chain = chain.then(() => {
      if (!state) return;
      const step = stepTrain(state, event, { ...config, batch: 1 });
      state = step.state;
      for (const action of step.actions) void apply(action).catch((error: unknown) => broke(action, error));
    }));

  /** Infrastructure broke while applying `action`: its members fail (the loop reports them) and leave. */
  function broke(action: TrainAction, error: unknown): void {
    const keys = action.type === 'build' ? action.members.map((m) => m.key) : action.type === 'land' ? action.members : action.type === 'verify' ? (cars.get(action.car)?.keys ?? []) : [];
    for (const key of keys) {
      entries.get(key)?.reject(error);
      entries.delete(key);
      void feed({ type: 'dequeue', key, reason: 'closed' });
    }
  }

  function stop(message: string): void {
    stopped = { code: 'held', message, releaseBy: 'inspect main, then run shopfloor run again' };
    for (const entry of entries.values()) entry.resolve({ kind: 'held', reasons: [stopped] });
    entries.clear();
    for (const work of cars.values()) work.abort.abort();
    state = undefined;
  }

  async function apply(action: TrainAction): Promise<void> {
    switch (action.type) {
      case 'build': {
        const member = action.members[0]!;
        const entry = entries.get(member.key);
        if (!entry) return;
        const { value } = entry.input.workOrder;
        const merged = await mergeTree(git, repoDir, action.base, member.headSha);
        if (!merged.ok) {
          const message = `${entry.input.branch} conflicts with ${short(action.base)} in ${merged.conflicts.join(', ') || 'some files'}`;
          entry.reasons = [{ code: 'held', message, releaseBy: `retry it so the agent redoes it on the new main: shopfloor run --retry ${value.id}` }];
          return feed({ type: 'build-failed', car: action.car, key: member.key, detail: message });
        }
        const message = renderMergeMessage(`Merge ${value.id}: ${value.title}`, { workOrder: value.id, agentBranch: entry.input.branch });
        const sha = await commitMerge(git, repoDir, merged.tree, [action.base, member.headSha], message);
        cars.set(action.car, { base: action.base, keys: [member.key], abort: new AbortController() });
        await say(entry, `train car ${action.car}: ${short(sha)} = ${short(action.base)}${action.base === state?.main ? ' (main)' : ' (the car it rides on)'} + ${entry.input.branch} (--no-ff); verifying that exact commit`);
        return feed({ type: 'built', car: action.car, sha });
      }
      case 'verify': {
        const work = cars.get(action.car);
        const entry = work && entries.get(work.keys[0]!);
        if (!work || !entry) return;
        const signal = options.signal ? AbortSignal.any([options.signal, work.abort.signal]) : work.abort.signal;
        let verdict;
        try {
          verdict = await verifyTrainCar({ land: entry.input, base: work.base, sha: action.sha, attempt: action.attempt, car: action.car, signal }, options, ports);
        } catch (error) {
          if (work.abort.signal.aborted) return;
          throw error;
        }
        if (work.abort.signal.aborted) return;
        entry.attempts++;
        if (verdict.kind === 'pass') {
          work.report = { digest: verdict.reportDigest };
          await git.notesAdd(repoDir, loopNotesRef, action.sha, verdict.reportText);
          return feed({ type: 'verified', car: action.car, sha: action.sha, outcome: 'pass' });
        }
        entry.reasons = verdict.reasons;
        if (verdict.kind === 'hold') {
          entries.delete(work.keys[0]!);
          entry.resolve({ kind: 'held', reasons: verdict.reasons });
          return feed({ type: 'dequeue', key: work.keys[0]!, reason: 'hold' });
        }
        const tree = carTree(state?.cars ?? [], action.car);
        if (tree.length > 1) await say(entry, `train car ${action.car} failed; its tree holds ${tree.join(', ')}: the train blames a change only once it fails with nothing else unproven in its tree, and verifies the others again`);
        return feed({ type: 'verified', car: action.car, sha: action.sha, outcome: verdict.flaky ? 'flaky-fail' : 'fail', failingGates: verdict.failingGates });
      }
      case 'cancel':
        cars.get(action.car)?.abort.abort();
        cars.delete(action.car);
        return;
      case 'land':
        return withMain(() => land(action));
      case 'evict': {
        const { eviction } = action;
        const entry = entries.get(eviction.key);
        if (!entry) return;
        entries.delete(eviction.key);
        await say(entry, `left the train: ${eviction.reason} in car ${eviction.evidence.car}${eviction.evidence.sha ? ` (${short(eviction.evidence.sha)} on ${short(eviction.evidence.base ?? '')})` : ''}, ${eviction.evidence.attempts} verification(s)${eviction.evidence.failingGates.length ? `, failing ${eviction.evidence.failingGates.join(', ')}` : ''}`);
        entry.resolve({ kind: 'held', reasons: entry.reasons ?? [{ code: 'held', message: `${eviction.reason} in train car ${eviction.evidence.car}`, releaseBy: eviction.requeue }] });
        return;
      }
    }
  }

  async function land(action: Extract<TrainAction, { type: 'land' }>): Promise<void> {
    const ledger = await checkMain(git, repoDir, main);
    if (!ledger.ok) return stop(ledger.message);
    if (!(await moveMain(git, repoDir, main, action.sha, action.expectedMain))) return feed({ type: 'land-failed', car: action.car, main: ledger.sha });
    // The landing car's own report proves the whole tree, including the cars it rides on; those say so in a note.
    const proof = cars.get(action.car)?.report;
    if (proof) await recordFolded(git, repoDir, action.expectedMain, action.sha, proof.digest);
    await feed({ type: 'landed', car: action.car, sha: action.sha });
    for (const key of action.members) {
      const entry = entries.get(key);
      if (!entry) continue;
      entries.delete(key);
      const merge = { oldSha: action.expectedMain, sha: action.sha, reportDigest: proof?.digest ?? '', attempts: entry.attempts };
      await ports.record(mergeAttemptLine(entry.input.workOrder.value.id, ports.clock()));
      await say(entry, `merged: main ${short(action.expectedMain)} → ${short(action.sha)} (compare-and-swap, fast-forward to the train car whose report ${merge.reportDigest.slice(0, 19)}… proves exactly this commit)`);
      await entry.input.afterMerge(merge);
      entry.resolve({ kind: 'merged', ...merge });
    }
    // The canary after a merge may have reverted it: the train continues from main as it is now.
    const now = await git.revParse(repoDir, `refs/heads/${main}`);
    if (now && now !== action.sha) await feed({ type: 'main-moved', sha: now });
  }

  return {
    async land(input) {
      const id = input.workOrder.value.id;
      if (stopped) return { kind: 'held', reasons: [stopped] };
      const facts = await readLoopFacts(git, repoDir, main);
      const already = facts.merged.get(id);
      if (already && !facts.reverted.has(already.mergeSha)) return { kind: 'already-merged', sha: already.mergeSha };
      state ??= startTrain(facts.mainSha);
      const outcome = new Promise<LandOutcome>((resolve, reject) => entries.set(id, { input, resolve, reject, attempts: 0 }));
      const candidate = { key: id, workOrderId: id, priority: input.workOrder.value.priority, dependsOn: [], enqueuedAt: ports.clock(), headSha: input.branchSha };
      await feed({ type: 'enqueue', candidates: [candidate] });
      return outcome;
    },
  };
}
