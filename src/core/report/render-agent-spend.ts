import type { ReportAgentSpend } from './report-schema.ts';

/** One line per agent: who, then turns, tokens, cost and wall time, as a report shows them. */
export function renderAgentSpend(agents: readonly ReportAgentSpend[]): string[] {
  return agents.map((agent) => {
    const who = `${agent.role} ${agent.provider}${agent.preset ? ` (${agent.preset})` : ''}`;
    const cost = agent.costUsd > 0 ? `$${agent.costUsd.toFixed(4)}` : 'cost unknown';
    return `${who}: ${agent.turns.toLocaleString('en-US')} turns, ${agent.tokens.toLocaleString('en-US')} tokens, ${cost}, ${(agent.wallMs / 1000).toFixed(1)}s`;
  });
}
