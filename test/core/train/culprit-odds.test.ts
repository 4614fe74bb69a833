import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/bisect/seeded-random.ts';
import { culpritOdds } from '../../../src/core/train/culprit-odds.ts';

const keys = ['a', 'b', 'c', 'd', 'e'];
const none = new Set<string>();

describe('culpritOdds', () => {
  it('keeps the prior for changes no failure held, and raises the odds of a failed tree evenly', () => {
    const odds = culpritOdds(keys, [{ keys: ['a', 'b', 'c', 'd'], flakeChance: 0.001 }], none, 0.1);
    expect(odds.chance('e')).toBe(0.1);
    // One culprit among four, at least: 0.1 / (1 - 0.9^4) each, less a little for the flake.
    expect(odds.chance('a')).toBeCloseTo(0.1 / (1 - 0.9 ** 4), 2);
    expect(odds.chance('a')).toBeCloseTo(odds.chance('d'), 10);
  });

  it('explains away: a change that failed alone takes the blame of its batch', () => {
    const odds = culpritOdds(keys, [{ keys: ['a', 'b', 'c', 'd'], flakeChance: 0.001 }, { keys: ['b'], flakeChance: 0.001 }], none, 0.1);
    expect(odds.chance('b')).toBeGreaterThan(0.99);
    expect(odds.chance('a')).toBeCloseTo(0.1, 2);
  });

  it('lets a flake explain a lone failure when flakes are likely, and a pass since clear a change', () => {
    expect(culpritOdds(keys, [{ keys: ['a'], flakeChance: 0.3 }], none, 0.1).chance('a')).toBeCloseTo(0.1 / (0.1 + 0.9 * 0.3), 3);
    expect(culpritOdds(keys, [{ keys: ['a'], flakeChance: 0.001 }], none, 0.1).chance('a')).toBeGreaterThan(0.99);
    const cleared = culpritOdds(keys, [{ keys: ['a', 'b'], flakeChance: 0.001 }], new Set(['a']), 0.1);
    expect(cleared.chance('b')).toBeGreaterThan(0.99);
    expect(cleared.chance('a')).toBeLessThan(0.1);
  });

  it('draws culprit sets that explain every failure seen, and weighs more failures than it can enumerate one by one', () => {
    const odds = culpritOdds(keys, [{ keys: ['a', 'b'], flakeChance: 0 }, { keys: ['c', 'd'], flakeChance: 0 }], none, 0.1);
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const bad = odds.draw(random);
      expect(bad.has('a') || bad.has('b')).toBe(true);
      expect(bad.has('c') || bad.has('d')).toBe(true);
    }
    const many = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const wide = culpritOdds(many, [{ keys: many, flakeChance: 0.05 }, ...many.slice(0, 16).map((k) => ({ keys: [k, 'k19'], flakeChance: 0.05 }))], none, 0.1);
    expect(wide.chance('k19')).toBeGreaterThan(wide.chance('k17'));
    expect(wide.chance('k17')).toBeGreaterThan(0.1);
  });
});
