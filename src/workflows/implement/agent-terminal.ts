import type { BudgetKind } from '../../core/agents/budget.ts';

/** How an agent run ended: always one of these, never a hang or an unhandled throw. */
export type AgentTerminal =
  | { readonly kind: 'finished'; readonly summary: string }
  | { readonly kind: 'budget-exhausted'; readonly budget: BudgetKind; readonly message: string }
  | { readonly kind: 'provider-failed'; readonly message: string }
  | { readonly kind: 'agent-failed'; readonly message: string }
  | { readonly kind: 'aborted'; readonly message: string };

export interface AgentUsage {
  readonly turns: number;
  readonly tokens: number;
  readonly costUsd: number;
}
