import { describe, expect, it } from 'vitest';
import { canaryVerdict, type CanaryEvidence } from '../../../src/core/canary/canary-verdict.ts';
import type { FlowRun, FlowRuns } from '../../../src/core/canary/canary-types.ts';
import { confirmationRuns } from '../../../src/core/canary/confirmation-runs.ts';
import { moreRunsNeeded } from '../../../src/core/canary/judge-flow.ts';
import { learnFlakeRates } from '../../../src/core/canary/learn-flake-rates.ts';
import { parseFlowMetrics } from '../../../src/core/canary/parse-flow-metrics.ts';
import { canaryFlowSchema } from '../../../src/core/policy/canary-schema.ts';

const settings = { flakeRate: 0.05, falseRedRate: 0.001, errorLimit: 4, flowCount: 2 };
const flow = (id: string, extra: Record<string, unknown> = {}) => canaryFlowSchema.parse({ id, run: `run ${id}`, ...extra });
const runs = (flowId: string, results: string, extra: Record<string, unknown> = {}, metrics?: Record<string, number>): FlowRuns => ({
  flow: flow(flowId, extra),
  runs: [...results].map((c): FlowRun => ({ result: c === 'p' ? 'pass' : c === 'f' ? 'fail' : 'error', ...(metrics ? { metrics } : {}) })),
});
const evidence = (flows: FlowRuns[], extra: Partial<CanaryEvidence> = {}): CanaryEvidence => ({ build: 'pass', flows, ...extra });

describe('canaryVerdict', () => {
  it.each<[string, CanaryEvidence, string, string[]]>([
    ['all flows pass', evidence([runs('login', 'p'), runs('cart', 'p')]), 'GREEN', []],
    ['a confirmed failure of a critical flow', evidence([runs('login', 'p'), runs('cart', 'ffff')]), 'RED', ['cart']],
    ['a failure that did not reproduce', evidence([runs('login', 'p'), runs('cart', 'fp')]), 'FLAKY', []],
    ['infrastructure errors only', evidence([runs('login', 'p'), runs('cart', 'eeee')]), 'INCONCLUSIVE', []],
    ['an unconfirmed failure', evidence([runs('login', 'p'), runs('cart', 'f')]), 'INCONCLUSIVE', []],
    ['it fails on last-known-good too', evidence([runs('login', 'p'), runs('cart', 'ffff')], { lastGood: { sha: 'l'.repeat(40), flows: [runs('cart', 'ffff')] } }), 'ENVIRONMENT', []],
    ['it passes on last-known-good', evidence([runs('login', 'p'), runs('cart', 'ffff')], { lastGood: { sha: 'l'.repeat(40), flows: [runs('cart', 'p')] } }), 'RED', ['cart']],
    ['the build fails', evidence([], { build: 'fail' }), 'RED', ['build']],
    ['the build fails on last-known-good too', evidence([], { build: 'fail', lastGood: { sha: 'l'.repeat(40), build: 'fail', flows: [] } }), 'ENVIRONMENT', []],
    ['the build could not run', evidence([], { build: 'error' }), 'INCONCLUSIVE', []],
    ['a non-critical flow regressed', evidence([runs('login', 'p'), runs('docs', 'ffff', { critical: false })]), 'GREEN', []],
    ['a metric above its bound', evidence([runs('login', 'p', { metrics: [{ name: 'p99', max: 500 }] }, { p99: 900 })]), 'RED', ['login']],
    ['a metric within its bound', evidence([runs('login', 'p', { metrics: [{ name: 'p99', max: 500 }] }, { p99: 300 })]), 'GREEN', []],
    ['a declared metric never printed', evidence([runs('login', 'p', { metrics: [{ name: 'p99', max: 500 }] })]), 'INCONCLUSIVE', []],
  ])('%s → %s', (_, input, verdict, regressed) => {
    const result = canaryVerdict(input, settings);
    expect(result.verdict).toBe(verdict);
    expect(result.regressed).toEqual(regressed);
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('warns about a regressed non-critical flow without going red', () => {
    expect(canaryVerdict(evidence([runs('docs', 'ffff', { critical: false })]), settings).warnings[0]).toContain('docs');
  });
});

describe('confirmation runs', () => {
  it.each([
    [0.05, 0.001, 1, 1, 3],
    [0.05, 0.001, 20, 1, 4],
    [0.05, 0.001, 1, 5, 5],
    [0, 0.001, 1, 1, 1],
  ])('f=%s α=%s m=%s repeat=%s → %s', (flakeRate, falseRedRate, flowCount, repeat, expected) => expect(confirmationRuns({ flakeRate, falseRedRate, flowCount, repeat })).toBe(expected));

  it('asks for reruns until a failure is confirmed or cleared', () => {
    expect(moreRunsNeeded(runs('cart', 'f'), settings)).toBe(2);
    expect(moreRunsNeeded(runs('cart', 'fp'), settings)).toBe(0);
    expect(moreRunsNeeded(runs('cart', 'p', { repeat: 3 }), settings)).toBe(2);
  });
});

describe('parseFlowMetrics', () => {
  it.each([
    ['log line\n{"p99": 420, "name": "x"}\n', { p99: 420 }],
    ['{"metrics": {"rps": 12.5}}', { rps: 12.5 }],
    ['{"a": 1}\nnoise {not json}\n{"b": 2}', { b: 2 }],
    ['no metrics here', {}],
  ])('%j → %o', (stdout, expected) => expect(parseFlowMetrics(stdout)).toEqual(expected));
});

describe('metrics against last-known-good', () => {
  const latency = { metrics: [{ name: 'p99', maxIncrease: 0.2 }] };
  const lastGood = (p99: number) => ({ sha: 'l'.repeat(40), flows: [runs('login', 'p', latency, { p99 })] });
  it.each([
    [300, 200, 'RED'],
    [230, 200, 'GREEN'],
    [300, undefined, 'GREEN'],
  ])('p99 %s vs last-known-good %s → %s', (p99, base, verdict) => {
    const input = evidence([runs('login', 'p', latency, { p99 })], base === undefined ? {} : { lastGood: lastGood(base) });
    expect(canaryVerdict(input, settings).verdict).toBe(verdict);
  });
});

describe('learnFlakeRates', () => {
  const green = (passes: number, fails: number) => ({ verdict: 'GREEN' as const, flows: [{ id: 'cart', passes, fails }] });
  it.each([
    ['no history: no learned rate', [], undefined],
    ['a clean record pulls the rate toward the 2% floor', Array.from({ length: 100 }, () => green(1, 0)), 0.02],
    ['a flow that flakes one run in four is learned as flaky', Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? { verdict: 'FLAKY' as const, flows: [{ id: 'cart', passes: 1, fails: 1 }] } : green(1, 0))), 11 / 70],
    ['failures under a RED verdict are not flakes', [{ verdict: 'RED' as const, flows: [{ id: 'cart', passes: 0, fails: 3 }] }], undefined],
  ])('%s', (_, history, expected) => {
    const rate = learnFlakeRates(history, 0.05).cart;
    if (expected === undefined) expect(rate).toBeUndefined();
    else expect(rate).toBeCloseTo(expected, 5);
  });

  it('sizes confirmation reruns with the learned rate of each flow', () => {
    expect(moreRunsNeeded(runs('cart', 'f'), { ...settings, flakeRates: { cart: 0.3 } })).toBe(6);
  });
});
