import { describe, expect, it } from 'vitest';
import { startTrain, stepTrain } from '../../../src/core/train/step-train.ts';
import { resolveMergeQueue, resolveTrainConfig } from '../../../src/core/train/resolve-train-config.ts';
import { policyApiVersion, policySchema } from '../../../src/core/policy/policy-schema.ts';
import type { TrainAction, TrainCandidate, TrainConfig, TrainEvent, TrainState } from '../../../src/core/train/train-types.ts';

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

  it('lands the head only after it passed at exactly its sha, then moves main and lands the next', () => {
    const steps: TrainEvent[] = [...enqueueAll(1, 2, 3, 4), { type: 'built', car: 1, sha: 's1' }, { type: 'built', car: 2, sha: 's2' }];
    const stale = drive([...steps, { type: 'verified', car: 1, sha: 'other', outcome: 'pass' }]);
    expect(of(stale.actions, 'land')).toEqual([]);
    const green = drive([...steps, { type: 'verified', car: 1, sha: 's1', outcome: 'pass' }, { type: 'landed', car: 1, sha: 's1' }, { type: 'verified', car: 2, sha: 's2', outcome: 'pass' }]);
    expect(of(green.actions, 'land')).toEqual([
      { type: 'land', car: 1, sha: 's1', expectedMain: 'm0', members: ['pr#1', 'pr#2'] },
      { type: 'land', car: 2, sha: 's2', expectedMain: 's1', members: ['pr#3', 'pr#4'] },
    ]);
    expect(green.state.main).toBe('s1');
    expect(green.state.queue.map((c) => c.key)).toEqual(['pr#3', 'pr#4']);
  });

  it('a car behind that passed proves the cars ahead too: it lands them all at once, even past a failed (flaky) car', () => {
    const steps: TrainEvent[] = [...enqueueAll(1, 2, 3, 4, 5, 6), { type: 'built', car: 1, sha: 's1', at: 0 }, { type: 'built', car: 2, sha: 's2', at: 0 }, { type: 'built', car: 3, sha: 's3', at: 0 }];
    // Car 2 passes while car 1 is still being verified: main + 1..4 is proven, so it lands whole.
    const early = drive([...steps, { type: 'verified', car: 2, sha: 's2', outcome: 'pass' }]);
    expect(of(early.actions, 'land')).toEqual([{ type: 'land', car: 2, sha: 's2', expectedMain: 'm0', members: ['pr#1', 'pr#2', 'pr#3', 'pr#4'] }]);
    expect(of(early.actions, 'cancel')).toEqual([{ type: 'cancel', car: 1, sha: 's1' }]);
    expect(early.state.cars[0]).toMatchObject({ id: 2, status: 'landing', base: 'm0' });
    // Car 1 fails, but car 2 started with it: the train waits for it instead of bisecting; its pass lands 1..4.
    const flaked = drive([...steps, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }]);
    expect(flaked.state.cars.map((c) => c.status)).toEqual(['failed', 'verifying', 'verifying']);
    expect(of(flaked.actions, 'cancel')).toEqual([]);
    const then = drive([{ type: 'verified', car: 2, sha: 's2', outcome: 'pass' }, { type: 'landed', car: 2, sha: 's2' }], config, flaked.state);
    expect(then.state.main).toBe('s2');
    expect(of(then.actions, 'evict')).toEqual([]);
    // When every car behind fails too, the first failed car's members become suspects riding alone behind
    // the others, which are rebuilt on main.
    const red = drive([{ type: 'verified', car: 2, sha: 's2', outcome: 'fail' }, { type: 'verified', car: 3, sha: 's3', outcome: 'fail' }], config, flaked.state);
    expect(red.state.cars.map((c) => [c.members, c.split === true])).toEqual([[['pr#3', 'pr#4'], false], [['pr#5', 'pr#6'], false], [['pr#1'], true]]);
    expect(red.state.suspects).toEqual(['pr#1', 'pr#2']);
    // Without the driver's clock the train does not know they started together, and bisects at once.
    const unclocked = drive([...enqueueAll(1, 2, 3, 4), { type: 'built', car: 1, sha: 's1' }, { type: 'built', car: 2, sha: 's2' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }]);
    expect(of(unclocked.actions, 'cancel')).toContainEqual({ type: 'cancel', car: 2, sha: 's2' });
  });

  it('sends a failed batch behind the others, its members alone, and evicts only the culprit with evidence', () => {
    const { state, actions } = drive([
      ...enqueueAll(1, 2, 3, 4),
      { type: 'built', car: 1, sha: 's1' },
      { type: 'built', car: 2, sha: 's2' },
      { type: 'verified', car: 1, sha: 's1', outcome: 'fail', failingGates: ['unit'] },
      // pr#3 and pr#4 go first, on main; pr#1 and pr#2 follow, one car each.
      { type: 'built', car: 3, sha: 's3' },
      { type: 'built', car: 4, sha: 's4' },
      { type: 'built', car: 5, sha: 's5' },
      { type: 'verified', car: 3, sha: 's3', outcome: 'pass' },
      { type: 'landed', car: 3, sha: 's3' },
      { type: 'verified', car: 4, sha: 's4', outcome: 'pass' },
      { type: 'landed', car: 4, sha: 's4' },
      { type: 'verified', car: 5, sha: 's5', outcome: 'fail', failingGates: ['unit'], evidence: 'report://5' },
    ]);
    expect(of(actions, 'cancel')).toContainEqual({ type: 'cancel', car: 2, sha: 's2' });
    expect(of(actions, 'build').map((b) => [b.car, b.base, b.members.map((m) => m.key)])).toEqual([[1, 'm0', ['pr#1', 'pr#2']], [2, 's1', ['pr#3', 'pr#4']], [3, 'm0', ['pr#3', 'pr#4']], [4, 's3', ['pr#1']], [5, 's4', ['pr#2']]]);
    // The suspect that failed alone is evicted at once: its second failure, in its batch and alone.
    const evictions = of(actions, 'evict').map((a) => a.eviction);
    expect(evictions).toEqual([
      expect.objectContaining({ key: 'pr#2', reason: 'broke-build', evidence: expect.objectContaining({ sha: 's5', base: 's4', failingGates: ['unit'], detail: 'report://5' }) }),
    ]);
    expect(evictions[0]!.requeue).toMatch(/push/);
    expect(state.main).toBe('s4');
    expect(state).toMatchObject({ queue: [], cars: [] });
    expect(state.suspects).toBeUndefined();
  });

  it('re-verifies a lone member before evicting it when the gate is flaky or the policy allows flakes', () => {
    const base: TrainEvent[] = [...enqueueAll(1), { type: 'built', car: 1, sha: 's1' }];
    const flaky = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'flaky-fail' }]);
    expect(of(flaky.actions, 'verify').at(-1)).toEqual({ type: 'verify', car: 1, sha: 's1', attempt: 2 });
    expect(of(flaky.actions, 'evict')).toEqual([]);
    const plain = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }]);
    expect(of(plain.actions, 'evict')).toHaveLength(1);
    const allowed = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], { ...config, retryEveryFailure: true });
    expect(allowed.state.cars[0]).toMatchObject({ id: 1, attempt: 2, status: 'verifying' });
    const twice = drive([...base, { type: 'verified', car: 1, sha: 's1', outcome: 'flaky-fail' }, { type: 'verified', car: 1, sha: 's1', outcome: 'flaky-fail' }]);
    expect(of(twice.actions, 'evict')[0]!.eviction.evidence.attempts).toBe(2);
  });

  it('does not re-verify a lone car behind a failed one, so the failed car is resolved at once', () => {
    const allowed = { ...config, retryEveryFailure: true };
    const { state, actions } = drive(
      [
        ...enqueueAll(1, 2, 3),
        { type: 'built', car: 1, sha: 's1', at: 0 },
        { type: 'built', car: 2, sha: 's2', at: 0 },
        { type: 'verified', car: 1, sha: 's1', outcome: 'fail' },
        // Its tree holds car 1's failure: a retry could not tell more, and waiting for it would cost a whole run.
        { type: 'verified', car: 2, sha: 's2', outcome: 'fail' },
      ],
      allowed,
    );
    expect(of(actions, 'verify').filter((v) => v.attempt > 1)).toEqual([]);
    expect(state.cars.map((c) => [c.members, c.split === true])).toEqual([[['pr#3'], false], [['pr#1'], true], [['pr#2'], true]]);
    // A lone head car's retry starts later than the cars behind it: when it fails again they do not hold up its eviction.
    const head = drive([...enqueueAll(1), { type: 'built', car: 1, sha: 's1', at: 0 }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], allowed);
    expect(head.state.cars[0]).toMatchObject({ attempt: 2, status: 'verifying' });
    expect(head.state.cars[0]!.startedAt).toBeUndefined();
  });

  it('lets the members of a failed batch ride alone as suspects, takes no late arrival into them, and halves the batch at depth 1', () => {
    const { state } = drive([...enqueueAll(1, 2, 3, 4, 5), { type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], { ...config, batch: 5 });
    expect(state.cars.map((c) => [c.members, c.split])).toEqual([[['pr#1'], true], [['pr#2'], true], [['pr#3'], true]]);
    expect(state.suspects).toEqual(['pr#1', 'pr#2', 'pr#3', 'pr#4', 'pr#5']);
    // A fresh candidate rides ahead of the suspects not yet in a car, in a car of its own.
    const later = drive([{ type: 'enqueue', candidates: [pr(6)] }], { ...config, batch: 5 }, state);
    expect(later.state.cars.map((c) => c.members)).toEqual([['pr#1'], ['pr#2'], ['pr#3']]);
    const built = drive([{ type: 'built', car: 2, sha: 'r1' }, { type: 'built', car: 3, sha: 'r2' }, { type: 'built', car: 4, sha: 'r3' }], config, later.state);
    // The first suspect fails alone: evicted at once (its second failure); the cars behind it are rebuilt without it.
    const red = drive([{ type: 'verified', car: 2, sha: 'r1', outcome: 'fail' }], { ...config, retryEveryFailure: true }, built.state);
    expect(of(red.actions, 'evict').map((a) => a.eviction.key)).toEqual(['pr#1']);
    expect(of(red.actions, 'cancel').map((a) => a.car)).toEqual([3, 4]);
    expect(red.state.cars.map((c) => c.members)).toEqual([['pr#6'], ['pr#2'], ['pr#3']]);
    // Passing suspects land; nobody else is evicted.
    const green = drive([{ type: 'verified', car: 4, sha: 'r3', outcome: 'pass' }, { type: 'landed', car: 4, sha: 'r3' }], config, built.state);
    expect(green.state.main).toBe('r3');
    expect(of(green.actions, 'evict')).toEqual([]);
    expect(green.state.suspects).toEqual(['pr#4', 'pr#5']);
    // At depth 1 nothing rides behind: the failed batch is verified again as two halves in a chain.
    const one = drive([...enqueueAll(1, 2, 3, 4), { type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'fail' }], { ...config, depth: 1, batch: 4 });
    expect(one.state.cars.map((c) => [c.members, c.split])).toEqual([[['pr#1', 'pr#2'], true], [['pr#3', 'pr#4'], true]]);
    expect(one.state.suspects).toBeUndefined();
  });

  it('never places a member before what it depends on, and waits while the dependency is missing', () => {
    const a = pr(1, { dependsOn: ['wo-2'], priority: 'critical' });
    const waits = drive([{ type: 'enqueue', candidates: [a] }]);
    expect(waits.state.cars).toEqual([]);
    const { state } = drive([{ type: 'enqueue', candidates: [a] }, { type: 'enqueue', candidates: [pr(2, { priority: 'low' })] }], { ...config, batch: 1 });
    expect(state.cars.map((c) => c.members)).toEqual([['pr#2'], ['pr#1']]);
  });

  it('a push to a queued PR drops it and rebuilds the car holding it and those behind', () => {
    const { state, actions } = drive([...enqueueAll(1, 2, 3, 4), { type: 'built', car: 1, sha: 's1' }, { type: 'built', car: 2, sha: 's2' }, { type: 'dequeue', key: 'pr#3', reason: 'pushed' }]);
    expect(of(actions, 'cancel')).toEqual([{ type: 'cancel', car: 2, sha: 's2' }]);
    expect(state.cars.map((c) => c.members)).toEqual([['pr#1', 'pr#2'], ['pr#4']]);
    expect(state.queue.some((c) => c.key === 'pr#3')).toBe(false);
  });

  it('a critical work order re-plans every car not yet proven green', () => {
    const { state, actions } = drive([...enqueueAll(1, 2, 3), { type: 'built', car: 1, sha: 's1' }, { type: 'enqueue', candidates: [pr(9, { priority: 'critical', enqueuedAt: 99 })] }]);
    expect(of(actions, 'cancel')).toContainEqual({ type: 'cancel', car: 1, sha: 's1' });
    expect(state.cars[0]!.members[0]).toBe('pr#9');
  });

  it('main moved by someone else or a lost compare-and-swap cancels every car and rebuilds on the new main', () => {
    const steps: TrainEvent[] = [...enqueueAll(1, 2), { type: 'built', car: 1, sha: 's1' }, { type: 'verified', car: 1, sha: 's1', outcome: 'pass' }];
    const moved = drive([...steps.slice(0, 3), { type: 'main-moved', sha: 'x1' }]);
    expect(moved.state.main).toBe('x1');
    expect(of(moved.actions, 'build').at(-1)).toMatchObject({ base: 'x1', members: [{ key: 'pr#1' }, { key: 'pr#2' }] });
    const lost = drive([...steps, { type: 'land-failed', car: 1, main: 'x2' }]);
    expect(of(lost.actions, 'build').at(-1)).toMatchObject({ base: 'x2' });
    // The App may hear its own push before the land result: that is the landing, not a foreign move.
    const own = drive([...steps, { type: 'main-moved', sha: 's1' }]);
    expect(own.state.main).toBe('s1');
    expect(own.state.queue).toEqual([]);
  });

  it('a member that does not merge is evicted as a conflict and its car rebuilt without it', () => {
    const { state, actions } = drive([...enqueueAll(1, 2), { type: 'build-failed', car: 1, key: 'pr#2', detail: 'conflict in a.txt' }]);
    expect(of(actions, 'evict')[0]!.eviction).toMatchObject({ key: 'pr#2', reason: 'conflict', evidence: { detail: 'conflict in a.txt' } });
    expect(state.cars).toMatchObject([{ members: ['pr#1'], status: 'building' }]);
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
    expect(resolveTrainConfig(merge)).toEqual({ depth: 3, batch: 4, flakyRetries: 1, retryEveryFailure: false });
  });
});
