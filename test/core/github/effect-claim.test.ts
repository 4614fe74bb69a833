import { describe, expect, it } from 'vitest';
import { decodeEffectClaim, effectClaimRef, effectLeaseMs, encodeEffectClaim, isEffectKey, planTakeOver, type EffectClaim } from '../../../src/core/github/effect-claim.ts';

const held: EffectClaim = { key: 'revert-bug/abc', by: 'd-1@replica-1#3', at: '2026-12-05T09:00:00.000Z', step: 'held' };
const at = Date.parse(held.at);

describe('effect claims', () => {
  it('round-trips through a commit message whose subject a person can read', () => {
    const message = encodeEffectClaim(held);
    expect(message.split('\n')[0]).toBe('Shopfloor claim revert-bug/abc: held by d-1@replica-1#3');
    expect(decodeEffectClaim(message)).toEqual(held);
  });

  it.each([
    ['a run state commit', 'Shopfloor run r: revision 1\n\n{"schema":"shopfloor.run-state/v1"}'],
    ['no body', 'Shopfloor claim x: held by y'],
    ['a body that is not JSON', 'subject\n\nnot json'],
    ['an unknown step', `s\n\n${JSON.stringify({ schema: 'shopfloor.effect-claim/v1', key: 'k', by: 'b', at: 'a', step: 'done' })}`],
  ])('is not a claim: %s', (_name, message) => {
    expect(decodeEffectClaim(message)).toBeUndefined();
  });

  it.each([
    ['held and fresh', held, at + 1_000, 'busy'],
    ['held just under the lease', held, at + effectLeaseMs - 1, 'busy'],
    ['held past the lease (the holder died)', held, at + effectLeaseMs, 'take'],
    ['released after a failed effect', { ...held, step: 'released' } as EffectClaim, at + 1, 'take'],
    ['not a claim at all', undefined, at + 10 * effectLeaseMs, 'busy'],
    ['a time nobody can read', { ...held, at: 'yesterday' }, at, 'busy'],
  ] as const)('%s: %s', (_name, found, nowMs, expected) => {
    expect(planTakeOver(found, nowMs)).toBe(expected);
  });

  it.each([
    ['revert-bug/0123abcd', true], ['canary-red/ff00', true], ['comment/123', true],
    ['Upper/case', false], ['a/../b', false], ['/lead', false], ['trail/', false], ['x.lock', false], ['sp ace', false],
  ] as const)('key %s is a ref path: %s', (key, ok) => {
    expect(isEffectKey(key)).toBe(ok);
  });

  it('lives outside refs/heads', () => {
    expect(effectClaimRef('comment/5')).toBe('refs/shopfloor/claims/comment/5');
  });
});
