import { parseDuration } from '../duration.ts';

/** Limits for one agent run; an absent limit is unlimited (the workflow always sets turns and wall-clock). */
export interface BudgetLimits {
  readonly turns?: number;
  readonly tokens?: number;
  readonly costUsd?: number;
  readonly wallClockMs?: number;
}

export interface BudgetUsage {
  readonly turns: number;
  readonly tokens: number;
  readonly costUsd: number;
  readonly startedAtMs: number;
}

export type BudgetKind = 'turns' | 'tokens' | 'cost' | 'wall-clock';
export interface BudgetExceeded {
  readonly kind: BudgetKind;
  readonly limit: number;
  readonly used: number;
  readonly message: string;
}

/** Defaults when a work order names no budget: generous, but never endless. */
export const defaultBudget = { turns: 40, wallClockMs: 30 * 60_000 } as const;

/** The budget a work order asks for, filled with defaults for turns and wall-clock. */
export function budgetFromWorkOrder(budget: { turns?: number; tokens?: number; costUsd?: number; wallClock?: string } | undefined): BudgetLimits {
  const wall = budget?.wallClock ? parseDuration(budget.wallClock) : undefined;
  return {
    turns: budget?.turns ?? defaultBudget.turns,
    wallClockMs: wall ?? defaultBudget.wallClockMs,
    ...(budget?.tokens !== undefined ? { tokens: budget.tokens } : {}),
    ...(budget?.costUsd !== undefined ? { costUsd: budget.costUsd } : {}),
  };
}

export function startBudget(nowMs: number): BudgetUsage {
  return { turns: 0, tokens: 0, costUsd: 0, startedAtMs: nowMs };
}

export function chargeBudget(usage: BudgetUsage, charge: { turns?: number; tokens?: number; costUsd?: number }): BudgetUsage {
  return { ...usage, turns: usage.turns + (charge.turns ?? 0), tokens: usage.tokens + (charge.tokens ?? 0), costUsd: usage.costUsd + (charge.costUsd ?? 0) };
}

/**
 * The first limit the usage has reached, or `undefined`. Turns are checked as "may another turn start",
 * so a run with `turns: 3` makes exactly three model calls.
 */
export function checkBudget(limits: BudgetLimits, usage: BudgetUsage, nowMs: number): BudgetExceeded | undefined {
  const elapsed = nowMs - usage.startedAtMs;
  const checks: readonly (readonly [BudgetKind, number | undefined, number, string])[] = [
    ['turns', limits.turns, usage.turns, 'turns'],
    ['tokens', limits.tokens, usage.tokens, 'tokens'],
    ['cost', limits.costUsd, usage.costUsd, 'USD'],
    ['wall-clock', limits.wallClockMs, elapsed, 'ms'],
  ];
  for (const [kind, limit, used, unit] of checks) {
    if (limit !== undefined && used >= limit) {
      const shown = kind === 'cost' ? used.toFixed(4) : String(Math.round(used));
      return { kind, limit, used, message: `budget exhausted: ${kind} used ${shown} of ${limit} ${unit}; raise budget.${kind === 'wall-clock' ? 'wallClock' : kind === 'cost' ? 'costUsd' : kind} in the work order or narrow its goal` };
    }
  }
  return undefined;
}
