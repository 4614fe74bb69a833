import { describe, expect, it } from 'vitest';
import { chooseAttempt, type AttemptFact, type AttemptRecord } from '../../../src/core/loop/choose-attempt.ts';

const now = 'sha256:now';
const record = (attempt: number, extra: Partial<AttemptRecord> = {}): AttemptRecord => ({ workOrderHash: now, attempt, runId: `run-${attempt}`, ...extra });
const fact = (branch: string, rec?: AttemptRecord, approvals = 0): AttemptFact => ({ branch, sha: `${branch}-sha`, ...(rec ? { record: rec } : {}), approvals });
const held = { runId: 'run-1', at: '2026-12-04T00:00:00Z', reasons: ['required gate "unit" is fail'], approvals: 0 };
const plain: Parameters<typeof chooseAttempt>[1] = { workOrderHash: now, retry: false, acceptDrop: false };
const summary = (attempts: AttemptFact[], input = plain) => {
  const choice = chooseAttempt(attempts, input);
  return choice.kind === 'new' ? `new ${choice.why} #${choice.number}${choice.previous ? ` after ${choice.previous.branch}` : ''}` : `${choice.kind}${choice.kind === 'reuse' ? ` ${choice.why}` : ''} ${choice.attempt.branch}`;
};

describe('chooseAttempt', () => {
  it.each([
    ['no branch yet: a first attempt', [], plain, 'new first #1'],
    ['a killed run\'s finished attempt is resumed', [fact('a', record(1))], plain, 'reuse resumed a'],
    ['a branch from before records is resumed as before', [fact('a')], plain, 'reuse resumed a'],
    ['an edited work order gets a fresh attempt, after the newest', [fact('a', record(1, { workOrderHash: 'sha256:old' })), fact('b', record(2, { workOrderHash: 'sha256:older' }))], plain, 'new edited #3 after b'],
    ['the newest attempt of the work order as it is now counts', [fact('a', record(1)), fact('b', record(2))], plain, 'reuse resumed b'],
    ['an unchanged held attempt stays held', [fact('a', record(1, { held }))], plain, 'held a'],
    ['unless retried', [fact('a', record(1, { held }))], { ...plain, retry: true }, 'new retry #2 after a'],
    ['or approved since', [fact('a', record(1, { held }), 1)], plain, 'reuse approved a'],
    ['or its refused part is accepted as dropped', [fact('a', record(1, { held, refused: ['package.json'] }))], { ...plain, acceptDrop: true }, 'reuse drop-accepted a'],
    ['accepting a drop of nothing releases nothing', [fact('a', record(1, { held }))], { ...plain, acceptDrop: true }, 'held a'],
    ['or the policy it was held under changed: the same commit is verified again', [fact('a', record(1, { held: { ...held, policyDigest: 'sha256:p1' } }))], { ...plain, policyDigest: 'sha256:p2' }, 'reuse policy-changed a'],
    ['the same policy releases nothing', [fact('a', record(1, { held: { ...held, policyDigest: 'sha256:p1' } }))], { ...plain, policyDigest: 'sha256:p1' }, 'held a'],
    ['a hold from before policy digests stays held', [fact('a', record(1, { held }))], { ...plain, policyDigest: 'sha256:p2' }, 'held a'],
    ['an edit beats a hold', [fact('a', record(1, { held, workOrderHash: 'sha256:old' }))], plain, 'new edited #2 after a'],
  ] as const)('%s', (_, attempts, input, expected) => {
    expect(summary([...attempts], input)).toBe(expected);
  });
});
