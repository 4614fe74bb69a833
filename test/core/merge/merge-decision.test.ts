import { describe, expect, it } from 'vitest';
import { decideMerge, requiredGates } from '../../../src/core/merge/merge-decision.ts';
import type { MergeFacts } from '../../../src/core/merge/merge-facts.ts';
import { policySchema } from '../../../src/core/policy/policy-schema.ts';

const head = 'a'.repeat(40);
const main = 'b'.repeat(40);
const policy = policySchema.parse({
  apiVersion: 'shopfloor/v1',
  gates: [{ id: 'unit', run: 'npm test' }, { id: 'perf', run: 'npm run perf', required: false }],
  merge: { approvals: [{ paths: ['src/security/**'], count: 1 }] },
});
const greenGates = ['scope', 'secrets', 'dependencies', 'unit', 'acceptance:unit'].map((id) => ({ id, status: 'pass' as const }));
const base: MergeFacts = {
  workOrderId: 'wo-1', workOrderKind: 'feature', workOrderHash: 'h1', headSha: head, mainSha: main,
  report: { trusted: true, headSha: head, baseSha: main, workOrderId: 'wo-1', workOrderHash: 'h1', digest: 'sha256:r', gates: greenGates },
  changes: [{ status: 'M', path: 'src/a.ts', oldMode: '100644', newMode: '100644' }],
  packageScriptsChanged: false, approvals: [], requester: 'alice', agentActor: 'shopfloor[bot]', holds: [], acceptanceGates: ['acceptance:unit'],
};
const codes = (facts: Partial<MergeFacts>) => {
  const decision = decideMerge({ ...base, ...facts }, policy);
  return decision.action === 'merge' ? ['merge'] : decision.reasons.map((r) => r.code);
};
const gates = (overrides: Record<string, string>) => greenGates.map((g) => ({ ...g, status: (overrides[g.id] ?? g.status) as 'pass' }));

describe('decideMerge', () => {
  it('merges a green, trusted, current change, pinned to the head and main it was verified on', () => {
    expect(decideMerge(base, policy)).toEqual({ action: 'merge', expectedHeadSha: head, expectedMainSha: main, method: 'merge', reportDigest: 'sha256:r' });
  });

  it.each([
    ['no report', { report: undefined }, ['no-report']],
    ['untrusted signer', { report: { ...base.report!, trusted: false } }, ['untrusted-report']],
    ['report for another head (a push after verify)', { headSha: 'c'.repeat(40) }, ['stale-report']],
    ['main moved since verification', { mainSha: 'd'.repeat(40) }, ['base-moved']],
    ['work order edited after verification', { workOrderHash: 'h2' }, ['work-order-changed']],
    ['a failing required gate', { report: { ...base.report!, gates: gates({ unit: 'fail' }) } }, ['gate-failed']],
    ['a timed-out required gate', { report: { ...base.report!, gates: gates({ unit: 'error' }) } }, ['gate-failed']],
    ['a skipped required gate', { report: { ...base.report!, gates: gates({ secrets: 'skipped' }) } }, ['gate-failed']],
    ['a flaky gate when flakes are not allowed', { report: { ...base.report!, gates: gates({ unit: 'flaky' }) } }, ['gate-flaky']],
    ['a missing built-in gate', { report: { ...base.report!, gates: greenGates.filter((g) => g.id !== 'scope') } }, ['gate-missing']],
    ['a bugfix without test-first', { workOrderKind: 'bugfix' }, ['gate-missing']],
    ['a hold', { holds: ['/shopfloor hold by bob'] }, ['held']],
    ['a workflow change without admin approval', { changes: [{ status: 'M', path: '.github/workflows/ci.yml', oldMode: '100644', newMode: '100644' }] }, ['dangerous-change']],
    ['CODEOWNERS in any case', { changes: [{ status: 'A', path: '.github/codeowners', oldMode: '000000', newMode: '100644' }] }, ['dangerous-change']],
    ['package scripts changed', { packageScriptsChanged: true }, ['dangerous-change']],
    ['a nested AGENTS.md edited by the agent branch', { changes: [{ status: 'M', path: 'src/api/AGENTS.md', oldMode: '100644', newMode: '100644' }] }, ['dangerous-change']],
    ['a new Copilot path instruction file', { changes: [{ status: 'A', path: '.github/instructions/ts.instructions.md', oldMode: '000000', newMode: '100644' }] }, ['dangerous-change']],
    ['a new symlink', { changes: [{ status: 'A', path: 'src/link', oldMode: '000000', newMode: '120000' }] }, ['dangerous-change']],
    ['many deletions', { changes: Array.from({ length: 21 }, (_, i) => ({ status: 'D' as const, path: `f${i}`, oldMode: '100644', newMode: '000000' })) }, ['dangerous-change']],
    ['a path that needs an approval', { changes: [{ status: 'M', path: 'src/security/auth.ts', oldMode: '100644', newMode: '100644' }] }, ['approval-missing']],
    ['a rename out of an approval path', { changes: [{ status: 'R', fromPath: 'src/security/auth.ts', path: 'src/auth.ts', oldMode: '100644', newMode: '100644' }] }, ['approval-missing']],
  ] as const)('holds for %s', (_name, facts, expected) => {
    expect(codes(facts as Partial<MergeFacts>)).toEqual(expected);
  });

  it('lets a scope gate the signed report waived (refused part dropped by decision) fail, but no other gate', () => {
    const waived = (id: string) => ({ report: { ...base.report!, gates: base.report!.gates.map((g) => (g.id === id ? { id, status: 'fail' as const, required: false } : g)) } });
    expect(codes(waived('scope'))).toEqual(['merge']);
    expect(codes(waived('unit'))).toEqual(['gate-failed']);
    expect(codes({ report: { ...base.report!, gates: gates({ scope: 'fail' }) } })).toEqual(['gate-failed']);
  });

  it('lets a non-required gate fail', () => {
    expect(codes({ report: { ...base.report!, gates: [...greenGates, { id: 'perf', status: 'fail' }] } })).toEqual(['merge']);
  });

  it('accepts an admin approval of this head for a dangerous change, but never the requester, the agent, or an old head', () => {
    const changes = [{ status: 'M' as const, path: '.github/workflows/ci.yml', oldMode: '100644', newMode: '100644' }];
    expect(codes({ changes, approvals: [{ user: 'root', sha: head, permission: 'admin' }] })).toEqual(['merge']);
    expect(codes({ changes, approvals: [{ user: 'alice', sha: head, permission: 'admin' }] })).toEqual(['dangerous-change']);
    expect(codes({ changes, approvals: [{ user: 'shopfloor[bot]', sha: head, permission: 'admin' }] })).toEqual(['dangerous-change']);
    expect(codes({ changes, approvals: [{ user: 'root', sha: 'e'.repeat(40), permission: 'admin' }] })).toEqual(['dangerous-change']);
    expect(codes({ changes, approvals: [{ user: 'dev', sha: head, permission: 'write' }] })).toEqual(['dangerous-change']);
  });

  it('lists every reason at once, each with what would release it', () => {
    const decision = decideMerge({ ...base, headSha: 'c'.repeat(40), holds: ['label do-not-merge'], report: { ...base.report!, gates: gates({ unit: 'fail' }) } }, policy);
    expect(decision.action).toBe('hold');
    if (decision.action === 'hold') {
      expect(decision.reasons.map((r) => r.code)).toEqual(['held', 'stale-report', 'gate-failed']);
      expect(decision.reasons.every((r) => r.releaseBy.length > 0)).toBe(true);
    }
  });

  it('derives required gates from the policy, the built-ins and the work order', () => {
    expect(requiredGates({ workOrderKind: 'revert', acceptanceGates: ['acceptance:x'] }, policy)).toEqual(['scope', 'secrets', 'dependencies', 'unit', 'acceptance:x', 'test-first']);
  });
});
