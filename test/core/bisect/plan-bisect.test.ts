import { describe, expect, it } from 'vitest';
import type { BisectCommit, BisectOptions, BisectOutcome, BisectPlan, ProbeResult } from '../../../src/core/bisect/bisect-types.ts';
import { classifyExit } from '../../../src/core/bisect/classify-exit.ts';
import { planBisect } from '../../../src/core/bisect/plan-bisect.ts';
import { seededRandom } from '../../../src/core/bisect/seeded-random.ts';

const good: BisectCommit = { sha: 'good', tree: 't0' };
const history = (n: number, trees?: (i: number) => string): BisectCommit[] => Array.from({ length: n }, (_, i) => ({ sha: `c${i + 1}`, tree: trees ? trees(i + 1) : `t${i + 1}` }));

/** Drives the planner to a conclusion against an oracle; returns the plan and every probe it asked for. */
function drive(suspects: BisectCommit[], oracle: (index: number) => ProbeResult, options: BisectOptions): { plan: BisectPlan; probed: number[]; rounds: number } {
  const outcomes: BisectOutcome[] = [];
  const probed: number[] = [];
  for (let rounds = 0; rounds < 100; rounds++) {
    const plan = planBisect({ good, suspects, outcomes, options });
    if (plan.kind !== 'probe') return { plan, probed, rounds };
    for (const probe of plan.probes) {
      probed.push(probe.index);
      outcomes.push({ tree: probe.tree, result: oracle(probe.index) });
    }
  }
  throw new Error('planner did not conclude');
}

describe('planBisect', () => {
  it('re-checks bad first, then finds a deterministic culprit with one build more than git bisect', () => {
    for (const culprit of [1, 7, 16, 17, 32]) {
      const { plan, probed } = drive(history(32), (i) => (i >= culprit ? 'fail' : 'pass'), { runners: 1 });
      expect(probed[0]).toBe(32);
      expect(plan).toMatchObject({ kind: 'found', culprit: { index: culprit, sha: `c${culprit}` } });
      // Blaming the first suspect costs one run on good itself, which is otherwise never run.
      expect(probed.length).toBeLessThanOrEqual(culprit === 1 ? 7 : 6);
      expect(probed.includes(0)).toBe(culprit === 1);
    }
  });

  it('says no-regression when bad passes on the re-check', () => {
    const { plan, probed } = drive(history(32), () => 'pass', { runners: 1 });
    expect(plan.kind).toBe('no-regression');
    expect(probed).toEqual([32]);
  });

  it('probes K points per round so rounds follow log_(K+1) n', () => {
    const { plan, rounds } = drive(history(32), (i) => (i >= 11 ? 'fail' : 'pass'), { runners: 3 });
    expect(plan).toMatchObject({ kind: 'found', culprit: { index: 11 } });
    expect(rounds).toBeLessThanOrEqual(4);
  });

  it('confirms failures by reruns when a flake rate is given, and verifies the boundary', () => {
    const random = seededRandom(3);
    const { plan } = drive(history(32), (i) => (i >= 20 || random() < 0.2 ? 'fail' : 'pass'), { runners: 1, flakeRate: 0.2 });
    expect(plan).toMatchObject({ kind: 'found', culprit: { index: 20 } });
    if (plan.kind !== 'found') return;
    expect(plan.confidence).toBeGreaterThanOrEqual(0.999);
    expect(plan.verification.failsAtCulprit).toBeGreaterThanOrEqual(2);
    expect(plan.verification.passesAtParent).toBeGreaterThanOrEqual(1);
  });

  it('learns a flake rate when a failure is contradicted by a pass above it, and reruns before blaming', () => {
    const suspects = history(32);
    const at = (i: number, result: ProbeResult): BisectOutcome => ({ tree: `t${i}`, result });
    const plan = planBisect({ good, suspects, outcomes: [at(32, 'fail'), at(8, 'fail'), at(20, 'pass')], options: { runners: 1 } });
    expect(plan.kind).toBe('probe');
    expect(plan.flakeRate).toBeGreaterThan(0);
    const oracle = (i: number): ProbeResult => (i >= 24 ? 'fail' : 'pass');
    const outcomes = [at(32, 'fail'), at(8, 'fail'), at(20, 'pass')];
    let next = plan;
    while (next.kind === 'probe') {
      outcomes.push(...next.probes.map((p) => at(p.index, oracle(p.index))));
      next = planBisect({ good, suspects, outcomes, options: { runners: 1 } });
    }
    expect(next).toMatchObject({ kind: 'found', culprit: { index: 24 } });
  });

  it('without a flake rate trusts a failure it cannot contradict, like git bisect', () => {
    let calls = 0;
    const { plan } = drive(history(32), (i) => (i === 16 && calls++ === 0 ? 'fail' : i >= 24 ? 'fail' : 'pass'), { runners: 1 });
    expect(plan).toMatchObject({ kind: 'found', culprit: { index: 16 }, flakeRate: 0 });
  });

  it('reports a range, like git bisect, when skipped commits sit next to the culprit', () => {
    const { plan } = drive(history(8), (i) => (i === 4 || i === 5 ? 'skip' : i >= 5 ? 'fail' : 'pass'), { runners: 1 });
    expect(plan.kind).toBe('range');
    if (plan.kind === 'range') expect(plan.suspects.map((s) => s.index)).toEqual([4, 5, 6]);
  });

  it('reports the suspects a skip leaves ambiguous', () => {
    const { plan } = drive(history(8), (i) => (i === 4 ? 'skip' : i >= 5 ? 'fail' : 'pass'), { runners: 1 });
    expect(plan.kind).toBe('range');
    if (plan.kind === 'range') expect(plan.suspects.map((s) => s.index)).toEqual([4, 5]);
  });

  it('stops at the build budget with top suspects instead of a guess', () => {
    const random = seededRandom(5);
    const { plan } = drive(history(32), () => (random() < 0.5 ? 'fail' : 'pass'), { runners: 1, flakeRate: 0.05, maxBuilds: 4 });
    expect(plan.kind === 'budget' || plan.kind === 'no-regression').toBe(true);
    expect(plan.runs).toBeLessThanOrEqual(4);
  });

  it('never blames the first merge for a check that fails everywhere: good is run and fails too', () => {
    for (const flakeRate of [undefined, 0.05]) {
      const { plan, probed } = drive(history(8), () => 'fail', { runners: 1, ...(flakeRate !== undefined ? { flakeRate } : {}) });
      expect(plan.kind).toBe('good-fails');
      expect(probed.filter((i) => i === 0).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('names the first merge only after good was seen passing, and says so in the plan', () => {
    const { plan } = drive(history(8), (i) => (i >= 1 ? 'fail' : 'pass'), { runners: 1 });
    expect(plan).toMatchObject({ kind: 'found', culprit: { index: 1 }, verification: { parentIsGood: true, passesAtParent: 1 } });
  });

  it('never gives confidence 1 unless every commit that ran was confirmed by a rerun', () => {
    const { plan } = drive(history(32), (i) => (i >= 20 ? 'fail' : 'pass'), { runners: 1 });
    expect(plan).toMatchObject({ kind: 'found', verification: { allConfirmed: false } });
    if (plan.kind === 'found') expect(plan.confidence.toFixed(4)).not.toBe('1.0000');
    // A flaky check (1 in 5 good runs fail) without a given rate: the canary-measured rate keeps it honest.
    const random = seededRandom(7);
    let wrong = 0;
    for (let trial = 0; trial < 40; trial++) {
      const { plan: flaky } = drive(history(16), (i) => (i >= 9 || random() < 0.2 ? 'fail' : 'pass'), { runners: 1, flakeRate: 0.2 });
      if (flaky.kind === 'found' && flaky.culprit.index !== 9) wrong++;
      if (flaky.kind === 'found') expect(flaky.confidence.toFixed(4) === '1.0000').toBe(flaky.verification.allConfirmed);
    }
    expect(wrong).toBeLessThanOrEqual(1);
  });

  it('shares outcomes between commits with the same tree and never blames a no-op merge', () => {
    // c3 has the same tree as c2 (an empty merge): it cannot be the culprit.
    const suspects = history(6, (i) => (i === 3 ? 't2' : `t${i}`));
    const { plan } = drive(suspects, (i) => (i >= 2 ? 'fail' : 'pass'), { runners: 1 });
    expect(plan).toMatchObject({ kind: 'found', culprit: { index: 2 } });
  });
});

describe('classifyExit', () => {
  it.each([
    [{ exitCode: 0, timedOut: false }, { kind: 'result', result: 'pass' }],
    [{ exitCode: 1, timedOut: false }, { kind: 'result', result: 'fail' }],
    [{ exitCode: 124, timedOut: false }, { kind: 'result', result: 'fail' }],
    [{ exitCode: 126, timedOut: false }, { kind: 'abort', cannotRun: true }],
    [{ exitCode: 127, timedOut: false }, { kind: 'abort', cannotRun: true }],
    [{ exitCode: 125, timedOut: false }, { kind: 'result', result: 'skip' }],
    [{ exitCode: undefined, timedOut: true }, { kind: 'result', result: 'fail' }],
    [{ exitCode: 128, timedOut: false }, { kind: 'abort' }],
    [{ exitCode: 255, timedOut: false }, { kind: 'abort' }],
    [{ exitCode: undefined, timedOut: false, startError: 'ENOENT' }, { kind: 'abort', cannotRun: true }],
  ])('%o → %o', (facts, expected) => expect(classifyExit(facts)).toMatchObject(expected));
});
