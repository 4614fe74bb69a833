import { describe, expect, it } from 'vitest';
import { culpritOdds } from '../../../src/core/train/culprit-odds.ts';
import { planRound, type RoundInput } from '../../../src/core/train/plan-round.ts';
import type { TrainCandidate } from '../../../src/core/train/train-types.ts';

const pr = (n: number, extra: Partial<TrainCandidate> = {}): TrainCandidate => ({ key: `pr#${n}`, workOrderId: `wo-${n}`, priority: 'normal', dependsOn: [], enqueuedAt: n, headSha: `h${n}`, ...extra });
const input = (candidates: readonly TrainCandidate[], failed: readonly (readonly string[])[] = [], extra: Partial<RoundInput> = {}): RoundInput => ({
  candidates, odds: culpritOdds(candidates.map((c) => c.key), failed.map((keys) => ({ keys, flakeChance: 0.05 })), new Set(), 0.1), cleared: new Set(), depth: 3, batch: 8, flakeChance: 0.05, seed: 1, ...extra,
});
const treeOf = (round: ReturnType<typeof planRound>, i: number): string[] => [...(round[i]!.parent < 0 ? [] : treeOf(round, round[i]!.parent)), ...round[i]!.members];

describe('planRound', () => {
  it('plans alike for alike input, within depth and batch, every car on main or on an earlier car', () => {
    const candidates = Array.from({ length: 16 }, (_, i) => pr(i + 1));
    const round = planRound(input(candidates));
    expect(planRound(input(candidates))).toEqual(round);
    expect(round.length).toBeLessThanOrEqual(3);
    expect(round.every((car, i) => car.members.length > 0 && car.members.length <= 8 && car.parent < i)).toBe(true);
    expect(planRound(input(candidates, [], { depth: 1, batch: 3 }))).toHaveLength(1);
    expect(planRound(input(candidates, [], { depth: 1, batch: 3 }))[0]!.members.length).toBeLessThanOrEqual(3);
  });

  it('keeps the changes of a failed tree out of the trees the fresh changes can land in', () => {
    const candidates = Array.from({ length: 8 }, (_, i) => pr(i + 1));
    const round = planRound(input(candidates, [['pr#1', 'pr#2'], ['pr#1', 'pr#2', 'pr#3']]));
    const fresh = round.map((_c, i) => treeOf(round, i)).filter((tree) => !tree.includes('pr#1') && !tree.includes('pr#2'));
    expect(Math.max(...fresh.map((tree) => tree.length))).toBeGreaterThanOrEqual(4);
  });

  it('never merges a change before what it depends on, and weighs a critical change first', () => {
    const candidates = [pr(1, { dependsOn: ['wo-2'] }), pr(2), pr(3, { priority: 'critical' })];
    const round = planRound(input(candidates, [], { batch: 3 }));
    for (let i = 0; i < round.length; i++) {
      const tree = treeOf(round, i);
      if (tree.includes('pr#1')) expect(tree.indexOf('pr#2')).toBeLessThan(tree.indexOf('pr#1'));
    }
    expect(() => planRound(input([pr(1, { dependsOn: ['wo-9'] })]))).toThrow(/dependency/);
  });
});
