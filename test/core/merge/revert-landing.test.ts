import { describe, expect, it } from 'vitest';
import type { ReportFacts } from '../../../src/core/merge/merge-facts.ts';
import { decideRevertLanding, type RevertLandingFacts } from '../../../src/core/merge/revert-landing.ts';
import { policySchema } from '../../../src/core/policy/policy-schema.ts';

const culprit = 'c'.repeat(40);
const head = 'a'.repeat(40);
const main = 'b'.repeat(40);
const policy = policySchema.parse({ apiVersion: 'shopfloor/v1', revert: { maxAutoMergedPerDay: 2 } });
const report: ReportFacts = { trusted: true, headSha: head, baseSha: main, workOrderHash: '', digest: 'sha256:r', passed: true, gates: [{ id: 'secrets', status: 'pass' }, { id: 'scope', status: 'skipped' }] };
const base: RevertLandingFacts = {
  branchCulprit: culprit.slice(0, 12), culprit, culpritPaths: ['src/discount.js'], changedPaths: ['src/discount.js'], bugWorkOrderPath: `workorders/fix-${culprit.slice(0, 12)}.yml`,
  headSha: head, mainSha: main, headContainsMain: true, report, autoMergedToday: 0, holds: [],
};
const codes = (facts: Partial<RevertLandingFacts>, p = policy) => {
  const decision = decideRevertLanding({ ...base, ...facts }, p);
  return decision.action === 'merge' ? ['merge'] : decision.reasons.map((r) => r.code);
};

describe('decideRevertLanding', () => {
  it('lands exactly the revert its branch names, verified, on the main it contains', () => {
    expect(decideRevertLanding(base, policy)).toEqual({ action: 'merge', expectedHeadSha: head, expectedMainSha: main, method: 'merge', reportDigest: 'sha256:r' });
    expect(codes({ changedPaths: ['src/discount.js', `workorders/fix-${culprit.slice(0, 12)}.yml`] })).toEqual(['merge']);
  });

  it.each([
    ['a head behind main', { headContainsMain: false }, ['behind-main']],
    ['a report compared with another main', { report: { ...report, baseSha: 'd'.repeat(40) } }, ['base-moved']],
    ['no report', { report: undefined }, ['no-report']],
    ['a failed report', { report: { ...report, passed: false, gates: [{ id: 'secrets', status: 'fail' as const }] } }, ['gate-failed']],
    ['a report for another head', { report: { ...report, headSha: 'e'.repeat(40) } }, ['stale-report']],
    ['a first commit that reverts something else', { culprit: 'f'.repeat(40) }, ['not-the-revert']],
    ['a change beside the revert', { changedPaths: ['src/discount.js', '.github/workflows/ci.yml'] }, ['not-the-revert']],
    ['a spent quota', { autoMergedToday: 2 }, ['revert-policy']],
    ['a hold', { holds: ['/shopfloor hold by bob'] }, ['held']],
  ] as const)('holds %s', (_name, facts, expected) => {
    expect(codes(facts as Partial<RevertLandingFacts>)).toEqual(expected);
  });

  it('holds everything when auto-revert is off', () => {
    expect(codes({}, policySchema.parse({ apiVersion: 'shopfloor/v1', revert: { enabled: false } }))).toEqual(['revert-policy']);
  });
});
