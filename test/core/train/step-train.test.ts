import { describe, expect, it } from 'vitest';
import { startTrain, stepTrain } from '../../../src/core/train/step-train.ts';
import { resolveMergeQueue, resolveTrainConfig } from '../../../src/core/train/resolve-train-config.ts';
import { policyApiVersion, policySchema } from '../../../src/core/policy/policy-schema.ts';
import type { TrainAction, TrainCandidate, TrainConfig, TrainEvent, TrainEviction, TrainState } from '../../../src/core/train/train-types.ts';

const config: TrainConfig = { depth: 3, batch: 2, flakyRetries: 1, retryEveryFailure: false };
const pr = (n: number, extra: Partial<TrainCandidate> = {}): TrainCandidate => ({
  key: `pr#${n}`,
  workOrderId: `wo-${n}`,
  priority: 'normal',
  dependsOn: [],
  enqueuedAt: n,
  headSha: `h${n}`,
  ...extra,
});

/** Feeds events in order, collecting every action. */
function drive(events: readonly TrainEvent[], cfg: TrainConfig = config, from: TrainState = startTrain('m0')) {
  let state = from;
  const actions: TrainAction[] = [];
  for (const event of events) {
    const step = stepTrain(state, event, cfg);
    state = step.state;
    actions.push(...step.actions);
  }
  return { state, actions };
}
const of = <T extends TrainAction['type']>(actions: readonly TrainAction[], type: T) => actions.filter((a): a is Extract<TrainAction, { type: T }> => a.type === type);
const enqueueAll = (...ns: number[]): TrainEvent[] => [{ type: 'enqueue', candidates: ns.map((n) => pr(n)) }];

/** Drives the train to the end against a repository where exactly `bad` break the build: every tree holding one fails. */
function runTrain(count: number, bad: ReadonlySet<string>, cfg: TrainConfig) {
  const trees = new Map<string, Set<string>>([['m0', new Set()]]);
  const mainAt = new Map<string, Set<string>>([['m0', new Set()]]);
  const landed: string[] = [];
  const evicted: TrainEviction[] = [];
  const inbox: TrainEvent[] = enqueueAll(...Array.from({ length: count }, (_, i) => i + 1));
  let state = startTrain('m0');
  for (let steps = 0; inbox.length > 0; steps++) {
    if (steps > 2000) throw new Error('the train did not settle');
    const step = stepTrain(state, inbox.shift()!, cfg);
    state = step.state;
    for (const action of step.actions) {
      if (action.type === 'build') {
        const sha = `s${action.car}`;
        trees.set(sha, new Set([...trees.get(action.base)!, ...action.members.map((m) => m.key)]));
        inbox.push({ type: 'built', car: action.car, sha });
      } else if (action.type === 'verify') {
        const failing = [...trees.get(action.sha)!].some((k) => bad.has(k));
        inbox.push({ type: 'verified', car: action.car, sha: action.sha, outcome: failing ? 'fail' : 'pass', ...(failing ? { failingGates: ['unit'], evidence: `report://${action.sha}` } : {}) });
      } else if (action.type === 'land') {
        landed.push(...action.members);
        mainAt.set(action.sha, trees.get(action.sha)!);
        inbox.push({ type: 'landed', car: action.car, sha: action.sha });
      } else if (action.type === 'evict') evicted.push(action.eviction);
    }
  }
  return { state, landed, evicted, trees, mainAt };
}

describe('stepTrain', () => {
  it('builds cumulative cars up to depth, each on the car ahead, batching what waits in priority-then-age order', () => {
    const { state, actions } = drive([
      ...enqueueAll(1),
      ...enqueueAll(2),
      ...enqueueAll(3),
      { type: 'enqueue', candidates: [pr(4, { priority: 'high' }), pr(5, { priority: 'low' }), pr(6)] },
      { type: 'built', car: 1, sha: 's1' },
    ]);
    // pr#1 was built at once; the cars behind it batch whoever arrived meanwhile, best first.
    expect(state.cars.map((c) => c.members)).toEqual([['pr#1'], ['pr#2', 'pr#3'], ['pr#4', 'pr#6']]);
    expect(state.queue.map((c) => c.key)).toContain('pr#5');
    const builds = of(actions, 'build');
    expect(builds[0]).toEqual({ type: 'build', car: 1, base: 'm0', members: [{ key: 'pr#1', workOrderId: 'wo-1', headSha: 'h1' }] });
    expect(of(actions, 'verify')).toEqual([{ type: 'verify', car: 1, sha: 's1', attempt: 1 }]);
    expect(builds[1]).toMatchObject({ car: 2, base: 's1', members: [{ key: 'pr#2' }, { key: 'pr#3' }] });
    expect(builds).toHaveLength(2);
  });

  it('lands only a car verified green at exactly its sha: the biggest passing tree, once the cars beside it finished', () => {
    const planned = drive(enqueueAll(1, 2, 3, 4));
    const builds = of(planned.actions, 'build');
    // With nothing failed yet the round is planned wide: every candidate rides, no car adds more than the batch.
    expect([...new Set(planned.state.cars.flatMap((c) => c.members))].sort()).toEqual(['pr#1', 'pr#2', 'pr#3', 'pr#4']);
    expect(planned.state.cars.every((c) => c.members.length <= config.batch)).toBe(true);
    expect(builds.every((b) => b.base === 'm0')).toBe(true);
    // A car built on another is built once that one is (parents have lower ids).
    const built = planned.state.cars.map((c): TrainEvent => ({ type: 'built', car: c.id, sha: `s${c.id}` }));
    const stale = drive([...built, ...planned.state.cars.map((c): TrainEvent => ({ type: 'verified', car: c.id, sha: 'other', outcome: 'pass' }))], config, planned.state);
    expect(of(stale.actions, 'land')).toEqual([]);
    const running = drive(built, config, planned.state);
    const cars = running.state.cars;
    const tree = (id: number): string[] => {
      const car = cars.find((c) => c.id === id)!;
      return [...(car.parent === undefined ? [] : tree(car.parent)), ...car.members];
    };
    const biggest = [...cars].sort((a, b) => tree(b.id).length - tree(a.id).length || a.id - b.id)[0]!;
    expect(cars.every((c) => c.status === 'verifying' && c.sha === `s${c.id}`)).toBe(true);
    // The first pass waits for the cars beside it; when all passed, the biggest tree lands whole.
    const first = drive([{ type: 'verified', car: cars[0]!.id, sha: cars[0]!.sha!, outcome: 'pass' }], config, running.state);
    expect(of(first.actions, 'land')).toEqual([]);
    const green = drive(cars.map((c): TrainEvent => ({ type: 'verified', car: c.id, sha: c.sha!, outcome: 'pass' })), config, running.state);
    expect(of(green.actions, 'land')).toEqual([{ type: 'land', car: biggest.id, sha: biggest.sha, expectedMain: 'm0', members: tree(biggest.id) }]);
    const landed = drive([{ type: 'landed', car: biggest.id, sha: biggest.sha! }], config, green.state);
    expect(landed.state.main).toBe(biggest.sha);
    expect(landed.state.queue.map((c) => c.key).sort()).toEqual(['pr#1', 'pr#2', 'pr#3', 'pr#4'].filter((k) => !tree(biggest.id).includes(k)));
  });

  it('finds the culprits among 12 changes and evicts only them, with the staging commit that failed alone as evidence; the rest lands', () => {
    for (const bad of [['pr#5'], ['pr#2', 'pr#9'], ['pr#1', 'pr#6', 'pr#11']]) {
      const run = runTrain(12, new Set(bad), { depth: 3, batch: 8, flakyRetries: 1, retryEveryFailure: false });
      expect(run.evicted.map((e) => e.key).sort()).toEqual([...bad].sort());
      expect(run.landed.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `pr#${i + 1}`).filter((k) => !bad.includes(k)).sort());
      for (const eviction of run.evicted) {
        // The evidence is a staging commit that failed holding the culprit and, besides main, only changes that landed since.
        const failed = [...run.trees.get(eviction.evidence.sha!)!].filter((k) => !run.mainAt.get(eviction.evidence.base!)!.has(k));
        expect(failed.filter((k) => k !== eviction.key).every((k) => run.landed.includes(k))).toBe(true);
        expect(failed).toContain(eviction.key);
        expect(eviction).toMatchObject({ reason: 'broke-build', evidence: { failingGates: ['unit'], detail: `report://${eviction.evidence.sha}` } });
        expect(eviction.requeue).toMatch(/push/);
      }
      expect(run.state).toMatchObject({ queue: [], cars: [] });
      expect(run.state.findings).toBeUndefined();
    }
  });

  it('lets a flake explain a failure when the gate is flaky or the policy allows flakes: a change failing alone once is verified again', () => {
    const base: TrainEvent[] = [...enqueueAll(1), { type: 'built', car: 1, sha: 's1' }];
    const plain = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }]);
    expect(of(plain.actions, 'evict').map((a) => a.eviction.key)).toEqual(['pr#1']);
    const flaky = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'flaky-fail' }]);
    expect(of(flaky.actions, 'evict')).toEqual([]);
    expect(flaky.state.cars).toMatchObject([{ members: ['pr#1'], status: 'building' }]);
    const allowed = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], { ...config, retryEveryFailure: true });
    expect(of(allowed.actions, 'evict')).toEqual([]);
    // A second failure alone is one more than flakyRetries (1) lets a flake explain: evicted, after 2 verifications.
    const car = flaky.state.cars[0]!.id;
    const twice = drive([{ type: 'built', car, sha: 's2' }, { type: 'verified', car, sha: 's2', outcome: 'flaky-fail' }], config, flaky.state);
    expect(of(twice.actions, 'evict')[0]!.eviction).toMatchObject({ key: 'pr#1', evidence: { sha: 's2', attempts: 2 } });
  });

  it('when a failure cannot be a flake, cancels the cars built on the failed one: they hold its tree', () => {
    const { state, actions } = drive([...enqueueAll(1), ...enqueueAll(2), { type: 'built', car: 1, sha: 's1' }, { type: 'built', car: 2, sha: 's2' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }]);
    expect(of(actions, 'cancel')).toContainEqual({ type: 'cancel', car: 2, sha: 's2' });
    expect(of(actions, 'evict').map((a) => a.eviction.key)).toEqual(['pr#1']);
    expect(state.cars.flatMap((c) => c.members)).toEqual(['pr#2']);
  });

  it('keeps the odds of a failed batch: the next round verifies its members in smaller trees and lands the good ones', () => {
    const wide = { depth: 1, batch: 4, flakyRetries: 1, retryEveryFailure: true };
    const red = drive([...enqueueAll(1, 2, 3, 4), { type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], wide);
    expect(red.state.findings).toEqual([{ car: 1, keys: ['pr#1', 'pr#2', 'pr#3', 'pr#4'], base: 'm0', sha: 's1', failingGates: [], flaky: false }]);
    expect(red.state.cars).toHaveLength(1);
    expect(red.state.cars[0]!.members.length).toBeLessThan(4);
    // A fresh change arriving meanwhile rides on top of the round, not in it.
    const later = drive([{ type: 'enqueue', candidates: [pr(6)] }], wide, red.state);
    expect(later.state.cars.map((c) => c.members)).toEqual(red.state.cars.map((c) => c.members));
  });

  it('never places a member before what it depends on, and waits while the dependency is missing', () => {
    const a = pr(1, { dependsOn: ['wo-2'], priority: 'critical' });
    const waits = drive([{ type: 'enqueue', candidates: [a] }]);
    expect(waits.state.cars).toEqual([]);
    const { state } = drive([{ type: 'enqueue', candidates: [a] }, { type: 'enqueue', candidates: [pr(2, { priority: 'low' })] }], { ...config, batch: 1 });
    expect(state.cars.map((c) => c.members)).toEqual([['pr#2'], ['pr#1']]);
  });

  it('a push to a queued PR drops it and the car holding it and the cars built on it; the others keep running', () => {
    const { state } = drive([...enqueueAll(1), ...enqueueAll(2), ...enqueueAll(3), { type: 'built', car: 1, sha: 's1' }]);
    expect(state.cars.map((c) => [c.id, c.members, c.parent])).toEqual([[1, ['pr#1'], undefined], [2, ['pr#2', 'pr#3'], 1]]);
    const pushed = drive([{ type: 'built', car: 2, sha: 's2' }, { type: 'dequeue', key: 'pr#1', reason: 'pushed' }], config, state);
    expect(of(pushed.actions, 'cancel')).toEqual([{ type: 'cancel', car: 1, sha: 's1' }, { type: 'cancel', car: 2, sha: 's2' }]);
    expect(pushed.state.queue.some((c) => c.key === 'pr#1')).toBe(false);
    expect([...new Set(pushed.state.cars.flatMap((c) => c.members))].sort()).toEqual(['pr#2', 'pr#3']);
  });

  it('a critical work order re-plans every car not yet proven green', () => {
    const { state, actions } = drive([...enqueueAll(1, 2, 3), { type: 'built', car: 1, sha: 's1' }, { type: 'enqueue', candidates: [pr(9, { priority: 'critical', enqueuedAt: 99 })] }]);
    expect(of(actions, 'cancel')).toContainEqual({ type: 'cancel', car: 1, sha: 's1' });
    expect(state.cars[0]!.members[0]).toBe('pr#9');
  });

  it('main moved by someone else or a lost compare-and-swap cancels every car and rebuilds on the new main', () => {
    const steps: TrainEvent[] = [...enqueueAll(1), { type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'pass' }];
    const moved = drive([...steps.slice(0, 2), { type: 'main-moved', sha: 'x1' }]);
    expect(moved.state.main).toBe('x1');
    expect(of(moved.actions, 'cancel')).toEqual([{ type: 'cancel', car: 1, sha: 's1' }]);
    expect(of(moved.actions, 'build').at(-1)).toMatchObject({ base: 'x1', members: [{ key: 'pr#1' }] });
    const lost = drive([...steps, { type: 'land-failed', car: 1, main: 'x2' }]);
    expect(of(lost.actions, 'build').at(-1)).toMatchObject({ base: 'x2' });
    // The App may hear its own push before the land result: that is the landing, not a foreign move.
    const own = drive([...steps, { type: 'main-moved', sha: 's1' }]);
    expect(own.state.main).toBe('s1');
    expect(own.state.queue).toEqual([]);
  });

  it('a member that does not merge is evicted as a conflict and its car rebuilt without it', () => {
    const { state, actions } = drive([...enqueueAll(1), ...enqueueAll(2), { type: 'built', car: 1, sha: 's1' }, { type: 'build-failed', car: 2, key: 'pr#2', detail: 'conflict in a.txt' }]);
    expect(of(actions, 'evict')[0]!.eviction).toMatchObject({ key: 'pr#2', reason: 'conflict', evidence: { detail: 'conflict in a.txt' } });
    expect(state.cars).toMatchObject([{ members: ['pr#1'], status: 'verifying' }]);
    const shared = drive([...enqueueAll(1), { type: 'enqueue', candidates: [pr(2), pr(3)] }, { type: 'built', car: 1, sha: 's1' }, { type: 'build-failed', car: 2, key: 'pr#2', detail: 'conflict' }]);
    expect(shared.state.cars).toMatchObject([{ members: ['pr#1'] }, { members: ['pr#3'], status: 'building', base: 's1' }]);
  });

  it('ignores late and duplicate events and keeps its state plain JSON', () => {
    const once = drive([...enqueueAll(1), { type: 'built', car: 1, sha: 's1' }]);
    const again = drive(
      [{ type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 7, sha: 'zz', outcome: 'pass' }, { type: 'landed', car: 1, sha: 's1' }, { type: 'enqueue', candidates: [pr(1, { enqueuedAt: 50 })] }],
      config,
      once.state,
    );
    expect(again.actions).toEqual([]);
    expect(again.state).toEqual(once.state);
    expect(JSON.parse(JSON.stringify(once.state))).toEqual(once.state);
    // A redelivered verdict or landing after the car moved on adds nothing.
    const passed = drive([{ type: 'verified', car: 1, sha: 's1', outcome: 'pass' }], config, once.state);
    expect(drive([{ type: 'verified', car: 1, sha: 's1', outcome: 'pass' }], config, passed.state).actions).toEqual([]);
    const landed = drive([{ type: 'landed', car: 1, sha: 's1' }], config, passed.state);
    expect(drive([{ type: 'landed', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], config, landed.state).actions).toEqual([]);
  });
});

describe('merge.queue and merge.train', () => {
  it('defaults to the train unless the repository has a GitHub merge queue', () => {
    const merge = policySchema.parse({ apiVersion: policyApiVersion }).merge;
    expect(resolveMergeQueue(merge, false)).toBe('shopfloor');
    expect(resolveMergeQueue(merge, true)).toBe('github');
    expect(resolveMergeQueue({ queue: 'none' }, false)).toBe('none');
    expect(resolveTrainConfig(merge)).toEqual({ depth: 3, batch: 8, flakyRetries: 1, retryEveryFailure: false });
  });
});
