import { describe, expect, it } from 'vitest';
import { decodeTrainRecord, encodeTrainRecord, trainStateRef } from '../../../src/core/github/train-record.ts';
import { renderEvictedCheck, renderQueuedCheck } from '../../../src/core/github/render-train-check.ts';
import { startTrain } from '../../../src/core/train/step-train.ts';

const main = 'a'.repeat(40);

describe('train record (the commit message on refs/shopfloor/train/<branch>)', () => {
  it('round-trips a state and names the writer in the subject', () => {
    const state = { ...startTrain(main), queue: [{ key: 'pr#12', workOrderId: 'wo-1', priority: 'normal' as const, dependsOn: [], enqueuedAt: 1, headSha: 'b'.repeat(40) }] };
    const message = encodeTrainRecord(state, 'delivery-1@replica-2#3');
    expect(message.split('\n')[0]).toBe('Shopfloor train at aaaaaaaaaaaa: 1 queued, no cars (by delivery-1@replica-2#3)');
    expect(decodeTrainRecord(message)).toEqual({ ok: true, state });
    expect(trainStateRef('main')).toBe('refs/shopfloor/train/main');
  });

  it.each([
    ['no body', 'Shopfloor train', 'no JSON body'],
    ['not JSON', 'subject\n\n{nope', 'does not parse'],
    ['another shape', 'subject\n\n{"version":2,"main":"x"}', 'not a version 1 train state'],
    ['null', 'subject\n\nnull', 'not a version 1 train state'],
  ])('refuses %s and says why', (_name, message, reason) => {
    const decoded = decodeTrainRecord(message);
    expect(decoded.ok).toBe(false);
    expect(decoded.ok ? '' : decoded.error).toContain(reason);
  });
});

describe('train checks', () => {
  it('a queued PR sees its position, car, batch and the staging commit being verified', () => {
    const check = renderQueuedCheck('c'.repeat(40), { position: 2, queued: 5, car: { id: 3, members: [10, 11], sha: 'd'.repeat(40), branch: 'shopfloor/train/3' } }, 'https://github.com/o/r/pull/11');
    expect(check).toMatchObject({ status: 'in_progress', output: { title: 'In the merge train: 2 of 5, car 3' } });
    expect(check.output.summary).toContain('car 3 (#10, #11): verifying the staging commit `ddddddd` on `shopfloor/train/3`');
  });

  it('an evicted PR needs a person: the reason, each line of evidence and how to re-queue', () => {
    const check = renderEvictedCheck('c'.repeat(40), { reason: 'the staging commit with it failed its gates', evidence: ['failing gates: `unit`'], requeue: 'push a fix' }, 'https://github.com/o/r/pull/11');
    expect(check).toMatchObject({ status: 'completed', conclusion: 'action_required' });
    expect(check.output.summary).toContain('- failing gates: `unit`');
    expect(check.output.summary).toContain('To re-queue: push a fix.');
  });
});
