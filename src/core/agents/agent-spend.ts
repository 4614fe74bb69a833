import type { AgentEvent } from './agent-event.ts';

/** USD per million input and output tokens (the policy's `pricing`). */
export interface TokenPricing {
  readonly inputUsdPerMTok: number;
  readonly outputUsdPerMTok: number;
}

interface Tally {
  readonly turns: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly costUsd: number;
}

/** What the stream has reported so far: step shares added up, and the CLI's own latest running total. */
export interface SpendTally {
  readonly added: Tally;
  readonly total?: Tally;
  readonly costReported: boolean;
}

export interface AgentSpend {
  readonly turns: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly tokens: number;
  readonly costUsd: number;
  /** Where the cost comes from: the CLI, the policy's pricing over tokens, or nowhere (0). */
  readonly costSource: 'reported' | 'pricing' | 'none';
}

export const emptySpend: SpendTally = { added: { turns: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 }, costReported: false };

/** Folds one usage event into the tally; other events leave it as it is. */
export function tallySpend(tally: SpendTally, event: AgentEvent): SpendTally {
  if (event.kind !== 'usage') return tally;
  const step = { turns: event.turns, inputTokens: event.inputTokens, outputTokens: event.outputTokens, costUsd: event.costUsd ?? 0 };
  const costReported = tally.costReported || event.costUsd !== undefined;
  if (event.mode === 'total') return { ...tally, total: step, costReported };
  const added = tally.added;
  return { ...tally, costReported, added: { turns: added.turns + step.turns, inputTokens: added.inputTokens + step.inputTokens, outputTokens: added.outputTokens + step.outputTokens, costUsd: added.costUsd + step.costUsd } };
}

/**
 * The spend so far. Each figure is the larger of the added-up steps and the CLI's running total, so a
 * stream that reports both is not counted twice and one that drops a step still shows its total. The
 * cost is the larger of what the CLI reported and what the pricing makes of the tokens: a budget errs
 * towards stopping.
 */
export function currentSpend(tally: SpendTally, pricing?: TokenPricing): AgentSpend {
  const total = tally.total ?? emptySpend.added;
  const pick = (key: keyof Tally) => Math.max(tally.added[key], total[key]);
  const inputTokens = pick('inputTokens');
  const outputTokens = pick('outputTokens');
  const reported = pick('costUsd');
  const priced = pricing ? (inputTokens * pricing.inputUsdPerMTok + outputTokens * pricing.outputUsdPerMTok) / 1_000_000 : 0;
  const costSource = tally.costReported && reported >= priced ? 'reported' : pricing ? 'pricing' : tally.costReported ? 'reported' : 'none';
  return { turns: pick('turns'), inputTokens, outputTokens, tokens: inputTokens + outputTokens, costUsd: Math.max(reported, priced), costSource };
}

/** One line for the run document and the report: `12 turns, 48,210 tokens (41,002 in, 7,208 out), $0.1234 (reported)`. */
export function describeSpend(spend: AgentSpend): string {
  const cost = spend.costSource === 'none' ? 'cost unknown (set pricing for this provider)' : `$${spend.costUsd.toFixed(4)} (${spend.costSource === 'reported' ? 'reported by the agent' : 'from policy pricing'})`;
  return `${spend.turns} turns, ${spend.tokens.toLocaleString('en-US')} tokens (${spend.inputTokens.toLocaleString('en-US')} in, ${spend.outputTokens.toLocaleString('en-US')} out), ${cost}`;
}
