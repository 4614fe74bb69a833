import { describe, expect, it } from 'vitest';
import { simulateTrain } from '../../../bench/train/simulate-train.ts';
import { broken, defaultShape, makeScenario, score, type ScenarioShape } from '../../../bench/train/train-scenario.ts';
import type { TrainConfig } from '../../../src/core/train/train-types.ts';

const seeds = Array.from({ length: 200 }, (_, i) => i + 1);

// The hard invariants, over 200 seeded trials of the bench's model (trees are sets of PRs; a tree is
// broken iff it holds a breaking PR or both halves of a breaking pair; flakes only ever fail a tree).
describe('the train over 200 seeded trials', () => {
  const cases: readonly { readonly name: string; readonly shape: ScenarioShape; readonly config: TrainConfig }[] = [
    { name: 'the bench setting at depth 3', shape: defaultShape, config: { depth: 3, batch: 4, flakyRetries: 1, retryEveryFailure: true } },
    { name: 'depth 1, no retries', shape: defaultShape, config: { depth: 1, batch: 4, flakyRetries: 0, retryEveryFailure: false } },
    { name: 'depth 5, batch 6', shape: defaultShape, config: { depth: 5, batch: 6, flakyRetries: 1, retryEveryFailure: true } },
    { name: 'a hostile repository: 30 % breaking, 30 % flaky', shape: { prs: 16, breakRate: 0.3, pairShare: 0.5, flakeRate: 0.3 }, config: { depth: 3, batch: 3, flakyRetries: 2, retryEveryFailure: true } },
  ];
  for (const { name, shape, config } of cases) {
    it(`${name}: main only fast-forwards to trees verified green at exactly that commit, and no breaking change lands`, () => {
      for (const seed of seeds) {
        const scenario = makeScenario(seed, shape);
        const result = score(scenario, simulateTrain(scenario, config));
        expect({ seed, unverified: result.unverifiedLandings, nonFastForward: result.nonFastForward, bad: result.badLanded }).toEqual({ seed, unverified: 0, nonFastForward: 0, bad: 0 });
        // The depth is a limit on runners: never more verifications at once.
        expect({ seed, concurrent: Math.min(result.maxConcurrent ?? Infinity, config.depth) }).toEqual({ seed, concurrent: result.maxConcurrent });
        expect(broken(scenario, new Set(result.landed))).toBe(false);
        // Every PR settles: it lands or is evicted, never both, never stuck.
        expect([...result.landed, ...result.evicted].sort((a, b) => a - b)).toEqual(Array.from({ length: shape.prs }, (_, i) => i));
      }
    });
  }

  it('without flakes evicts only changes that break main as it ends, and lands every other one', () => {
    for (const seed of seeds) {
      const scenario = makeScenario(seed, { ...defaultShape, flakeRate: 0 });
      const result = score(scenario, simulateTrain(scenario, { depth: 3, batch: 4, flakyRetries: 1, retryEveryFailure: false }));
      expect({ seed, wronglyEvicted: result.wronglyEvicted }).toEqual({ seed, wronglyEvicted: 0 });
    }
  });
});
