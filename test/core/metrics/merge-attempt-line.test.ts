import { describe, expect, it } from 'vitest';
import type { HoldReason } from '../../../src/core/merge/merge-decision.ts';
import { heldResult, mergeAttemptLine } from '../../../src/core/metrics/merge-attempt-line.ts';

const reason = (code: HoldReason['code']): HoldReason => ({ code, message: code, releaseBy: 'x' });

describe('mergeAttemptLine', () => {
  it('records a merge, a hold for a person with its reason kinds, and a failed verdict', () => {
    expect(mergeAttemptLine('wo-1', 0)).toEqual({ type: 'merge-attempt', at: '1970-01-01T00:00:00.000Z', workOrder: 'wo-1', result: 'merged' });
    expect(mergeAttemptLine('wo-1', 0, [reason('approval-missing'), reason('dangerous-change'), reason('approval-missing')])).toMatchObject({ result: 'held', reasons: ['approval-missing', 'dangerous-change'] });
    expect(heldResult([reason('approval-missing'), reason('gate-failed')])).toBe('failed');
    expect(heldResult([reason('held')])).toBe('held');
  });
});
