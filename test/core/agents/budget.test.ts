import { describe, expect, it } from 'vitest';
import { budgetFromWorkOrder, chargeBudget, checkBudget, startBudget } from '../../../src/core/agents/budget.ts';

describe('budgets', () => {
  it('fills defaults and parses the wall-clock', () => {
    expect(budgetFromWorkOrder(undefined)).toEqual({ turns: 40, wallClockMs: 1_800_000 });
    expect(budgetFromWorkOrder({ turns: 3, tokens: 100, costUsd: 0.5, wallClock: '2m' })).toEqual({ turns: 3, tokens: 100, costUsd: 0.5, wallClockMs: 120_000 });
  });

  it.each([
    [{ turns: 2 }, { turns: 2 }, 0, 'turns'],
    [{ tokens: 100 }, { tokens: 150 }, 0, 'tokens'],
    [{ costUsd: 0.01 }, { costUsd: 0.02 }, 0, 'cost'],
    [{ wallClockMs: 1000 }, {}, 1000, 'wall-clock'],
  ] as const)('ends at %j', (limits, charge, elapsed, kind) => {
    const usage = chargeBudget(startBudget(5000), charge);
    const exceeded = checkBudget(limits, usage, 5000 + elapsed);
    expect(exceeded?.kind).toBe(kind);
    expect(exceeded?.message).toContain('budget exhausted');
  });

  it('passes under every limit', () => {
    expect(checkBudget({ turns: 3, tokens: 100, costUsd: 1, wallClockMs: 1000 }, chargeBudget(startBudget(0), { turns: 2, tokens: 99 }), 999)).toBeUndefined();
  });
});
