import { describe, expect, it } from 'vitest';
import { revertedBy, revertLedgerFromPulls } from '../../../src/core/github/revert-ledger-from-pulls.ts';

const now = Date.parse('2026-11-22T12:00:00Z');

describe('revertLedgerFromPulls', () => {
  it('counts revert PRs of the last 24 h, open ones in flight, never this culprit\'s own, and reverts since last good', () => {
    const ledger = revertLedgerFromPulls({
      nowMs: now,
      ownBranch: 'shopfloor/revert/aaaaaaaaaaaa',
      pulls: [
        { headRef: 'shopfloor/revert/aaaaaaaaaaaa', state: 'open', createdAt: '2026-11-22T11:00:00Z' },
        { headRef: 'shopfloor/revert/bbbbbbbbbbbb', state: 'open', createdAt: '2026-11-22T10:00:00Z' },
        { headRef: 'shopfloor/revert/cccccccccccc', state: 'closed', createdAt: '2026-11-22T01:00:00Z', mergedAt: '2026-11-22T02:00:00Z' },
        { headRef: 'shopfloor/revert/dddddddddddd', state: 'closed', createdAt: '2026-11-20T01:00:00Z', mergedAt: '2026-11-20T02:00:00Z' },
        { headRef: 'agent/issue-1/abcdef12', state: 'open', createdAt: '2026-11-22T11:00:00Z' },
      ],
      suspectMessages: ['Revert "x"\n\nReverts: 1234567890ab\nReport-Digest: d\n', 'Merge pull request #3\n\nWork-Order: issue-3\n'],
    });
    expect(ledger).toEqual({ createdToday: 2, autoMergedToday: 1, inFlight: ['shopfloor/revert/bbbbbbbbbbbb'], failedInARow: 1 });
  });

  it.each([
    ['a Reverts: trailer', 'Revert "x"\n\nReverts: abc1234\n', 'abc1234'],
    ['a Shopfloor-Revert: trailer', 'Revert "x"\n\nThis reverts commit abc1234.\n\nShopfloor-Revert: abc1234\n', 'abc1234'],
    ["git's revert line", 'Revert "x"\n\nThis reverts commit abcdef1.\n', 'abcdef1'],
    ['an ordinary merge', 'Merge pull request #1\n\nWork-Order: issue-1\n', undefined],
  ])('revertedBy reads %s', (_name, message, expected) => {
    expect(revertedBy(message)).toBe(expected);
  });
});
