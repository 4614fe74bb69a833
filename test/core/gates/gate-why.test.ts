import { describe, expect, it } from 'vitest';
import { gateWhy } from '../../../src/core/gates/gate-why.ts';
import { decideMerge } from '../../../src/core/merge/merge-decision.ts';
import { policySchema } from '../../../src/core/policy/policy-schema.ts';

describe('gateWhy: a failing gate says which problem, not only how many', () => {
  it('joins the reason with the first error (path:line message) and counts the rest', () => {
    const gate = {
      reason: '2 dependency problems',
      annotations: [
        { path: 'package.json', line: 0, level: 'warning' as const, message: 'lockfile is old' },
        { path: 'package.json', line: 14, level: 'error' as const, message: 'npm standard@^12.0.0 is not on the dependency allowlist;\n add "standard"' },
        { path: 'package.json', line: 15, level: 'error' as const, message: 'npm tape@5 is too new' },
      ],
    };
    expect(gateWhy(gate)).toBe('2 dependency problems: package.json:14 npm standard@^12.0.0 is not on the dependency allowlist; add "standard" (and 1 more)');
  });

  it('says only the reason when there is no annotation, nothing when there is neither, and stays one bounded line', () => {
    expect(gateWhy({ reason: 'exit 1', annotations: [] })).toBe('exit 1');
    expect(gateWhy({ annotations: [] })).toBeUndefined();
    const long = gateWhy({ annotations: [{ path: 'a.js', line: 1, level: 'error', message: 'x'.repeat(1000) }] })!;
    expect(long.length).toBe(300);
    expect(long.endsWith('…')).toBe(true);
  });

  it('is carried into the merge decision\'s hold', () => {
    const policy = policySchema.parse({ apiVersion: 'shopfloor/v1', merge: { queue: 'none' } });
    const decision = decideMerge({
      workOrderId: 'wo', workOrderKind: 'chore', workOrderHash: 'sha256:a', headSha: 'h'.repeat(40), mainSha: 'm'.repeat(40),
      report: { trusted: true, headSha: 'h'.repeat(40), baseSha: 'm'.repeat(40), workOrderId: 'wo', workOrderHash: 'sha256:a', digest: 'sha256:d', gates: [{ id: 'dependencies', status: 'fail', required: true, why: '1 dependency problem: package.json:14 npm standard is not allowed' }] },
      changes: [], packageScriptsChanged: false, approvals: [], requester: undefined, agentActor: 'bot', holds: [], acceptanceGates: [],
    } as Parameters<typeof decideMerge>[0], policy);
    expect(decision.action).toBe('hold');
    expect(decision.action === 'hold' && decision.reasons.map((r) => r.message)).toContain('required gate "dependencies" is fail: 1 dependency problem: package.json:14 npm standard is not allowed');
  });
});
