import { describe, expect, it } from 'vitest';
import { revertSchema } from '../../../src/core/policy/revert-schema.ts';
import { buildBugWorkOrder } from '../../../src/core/revert/build-bug-work-order.ts';
import { decideRevertMerge } from '../../../src/core/revert/decide-revert-merge.ts';
import { labelsOf } from '../../../src/core/revert/read-commit-message.ts';
import { planRevert, type RevertSkipCode } from '../../../src/core/revert/plan-revert.ts';
import type { RevertFacts } from '../../../src/core/revert/revert-facts.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';

const hour = 3_600_000;
const policy = revertSchema.parse({});
const sha = 'a'.repeat(40);
const base: RevertFacts = {
  culprit: { sha, parents: ['p1', 'p2'], subject: 'Merge agent/wo-7', body: 'Work-Order: wo-7', committedAtMs: 100 * hour, files: ['src/cart.ts'] },
  nowMs: 102 * hour,
  labels: [],
  laterMerges: [{ sha: 'b'.repeat(40), subject: 'Merge agent/wo-8', files: ['docs/x.md'] }],
  applies: { ok: true },
  ledger: { createdToday: 0, autoMergedToday: 0, inFlight: [], failedInARow: 0 },
};

describe('planRevert', () => {
  it('reverts a fresh culprit with -m 1 on a stable branch', () => {
    expect(planRevert(base, policy)).toMatchObject({ action: 'revert', mainline: 1, branch: `shopfloor/revert/${sha.slice(0, 12)}` });
  });

  it.each<[string, Partial<RevertFacts>, RevertSkipCode]>([
    ['main already recovered', { recoveredAt: 'c'.repeat(40) }, 'recovered'],
    ['the culprit is a revert', { culprit: { ...base.culprit, subject: 'Revert "Merge agent/wo-6"', body: 'This reverts commit 1234567890abcdef.' } }, 'is-revert'],
    ['the culprit merged a revert branch', { culprit: { ...base.culprit, revertsCommit: 'e'.repeat(40) } }, 'is-revert'],
    ['already reverted', { revertedBy: 'd'.repeat(40) }, 'already-reverted'],
    ['another revert in flight', { ledger: { ...base.ledger, inFlight: ['shopfloor/revert/eeee'] } }, 'in-flight'],
    ['daily quota spent', { ledger: { ...base.ledger, createdToday: 3 } }, 'quota'],
    ['labeled opt-out', { labels: ['no-auto-revert'] }, 'opted-out'],
    ['older than max age', { nowMs: 100 * hour + 8 * 24 * hour }, 'too-old'],
    ['a later merge touches the same files', { laterMerges: [{ sha: 'f'.repeat(40), subject: 'Merge agent/wo-9', files: ['src/cart.ts'] }] }, 'dependents'],
    ['the revert conflicts', { applies: { ok: false, conflicts: ['src/cart.ts'] } }, 'conflicts'],
  ])('skips when %s, with a reason', (_, change, code) => {
    const plan = planRevert({ ...base, ...change }, policy);
    expect(plan.action).toBe('skip');
    if (plan.action !== 'revert') expect(plan.reasons.map((r) => r.code)).toEqual([code]);
  });

  it('freezes and asks a human after reverts that did not restore green', () => {
    const plan = planRevert({ ...base, ledger: { ...base.ledger, failedInARow: 2 } }, policy);
    expect(plan.action).toBe('ask-human');
  });
});

describe('decideRevertMerge', () => {
  const ledger = base.ledger;
  it.each([
    [{ gates: { passed: true, summary: '2 passed' }, ledger }, true],
    [{ gates: { passed: false, summary: 'unit failed' }, ledger }, false],
    [{ gates: { passed: true, summary: 'ok' }, ledger: { ...ledger, autoMergedToday: 2 } }, false],
    [{ gates: { passed: true, summary: 'ok' }, ledger, confidence: 0.9 }, false],
    [{ gates: { passed: true, summary: 'ok' }, ledger, confidence: 0.9995 }, true],
    [{ gates: { passed: true, summary: 'ok' }, ledger, canary: 'GREEN' as const }, true],
    [{ gates: { passed: true, summary: 'ok' }, ledger, canary: 'RED' as const }, false],
  ])('%o → auto-merge %s', (facts, autoMerge) => expect(decideRevertMerge(facts, policy).autoMerge).toBe(autoMerge));
});

describe('labelsOf', () => {
  it.each([
    ['Labels: ui, no-auto-revert', ['ui', 'no-auto-revert']],
    ['No-Auto-Revert: true', ['no-auto-revert']],
    ['NOAUTOREVERT=true', ['no-auto-revert']],
    ['Work-Order: wo-1', []],
  ])('%s → %o', (body, labels) => expect(labelsOf({ subject: 's', body }, 'no-auto-revert')).toEqual(labels));
});

describe('buildBugWorkOrder', () => {
  it('yields a valid bugfix work order that demands a regression test failing on the culprit', () => {
    const { text, path, workOrder } = buildBugWorkOrder({
      culprit: { sha, subject: 'Merge agent/wo-7', files: ['src/cart.ts'] },
      revertSha: 'c'.repeat(40),
      revertBranch: 'shopfloor/revert/aaaa',
      failingCheck: { name: 'checkout', run: 'npm run smoke' },
      workOrders: ['wo-7'],
      testGlobs: policy.testGlobs,
    });
    expect(path).toBe(`workorders/fix-${sha.slice(0, 12)}.yml`);
    expect(workOrder.kind).toBe('bugfix');
    expect(workOrder.acceptance.criteria?.[0]).toContain(`fails when run on ${sha} (the culprit, checked out with this branch's test files) while the culprit's own tests pass there, and passes on this branch`);
    expect(workOrder.provenance?.revertOf).toBe(sha);
    expect(checkWorkOrderFile(text, path).findings).toEqual([]);
  });
});
