import type { AgentSpend } from './agent-spend.ts';
import type { BudgetExceeded, BudgetLimits } from './budget.ts';

/**
 * The first limit a streaming agent has gone past, or `undefined`. Unlike the tool loop's check (may
 * another turn start?), a CLI's spend is reported after the fact: a run with `turns: 3` may finish its
 * third turn, and is stopped when a fourth is reported.
 */
export function checkStreamBudget(limits: BudgetLimits, spend: AgentSpend, elapsedMs: number): BudgetExceeded | undefined {
  const checks = [
    ['turns', limits.turns, spend.turns, 'turns', 'turns'],
    ['tokens', limits.tokens, spend.tokens, 'tokens', 'tokens'],
    ['cost', limits.costUsd, spend.costUsd, 'USD', 'costUsd'],
    ['wall-clock', limits.wallClockMs, elapsedMs, 'ms', 'wallClock'],
  ] as const;
  for (const [kind, limit, used, unit, field] of checks) {
    if (limit !== undefined && (kind === 'wall-clock' ? used >= limit : used > limit)) {
      const shown = kind === 'cost' ? used.toFixed(4) : String(Math.round(used));
      return { kind, limit, used, message: `budget exhausted: ${kind} used ${shown} of ${limit} ${unit}; the agent was stopped. Raise budget.${field} in the work order or narrow its goal` };
    }
  }
  return undefined;
}
