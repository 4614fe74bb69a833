import type { HoldReason } from '../merge/merge-decision.ts';

/** The events of a run the story is told from (the workflow's `LoopEvent`, structurally). */
export type StoryEvent =
  | { readonly type: 'merged'; readonly workOrder: string; readonly sha: string; readonly reportDigest: string; readonly attempts: number }
  | { readonly type: 'held'; readonly workOrder: string; readonly reasons: readonly Pick<HoldReason, 'message' | 'releaseBy'>[] }
  | { readonly type: 'failed'; readonly workOrder: string; readonly message: string }
  | { readonly type: 'refused'; readonly workOrder: string; readonly what: string }
  | { readonly type: 'attempt'; readonly workOrder: string; readonly message: string }
  | { readonly type: 'canary'; readonly sha: string; readonly verdict: string; readonly regressed: readonly string[]; readonly ms: number }
  | { readonly type: 'culprit'; readonly sha: string; readonly subject: string; readonly confidence: number; readonly runs: number; readonly ms: number }
  | { readonly type: 'reverted'; readonly culprit: string; readonly sha: string; readonly bugWorkOrder: string; readonly ms: number }
  /** No revert landed; `flake` when the bisect could not reproduce the red, so main is not known to be broken. */
  | { readonly type: 'revert-held'; readonly culprit: string; readonly reasons: readonly string[]; readonly flake?: true }
  | { readonly type: 'checkout'; readonly message: string }
  /** Main moved in a way Shopfloor did not do (or was adopted as the operator left it). */
  | { readonly type: 'main'; readonly message: string }
  | { readonly type: 'exported'; readonly workOrder: string; readonly where: string }
  | { readonly type: 'timing'; readonly phase: 'agent' | 'gates' | 'canary' | 'bisect' | 'revert'; readonly ms: number };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** What happened on main, in order, one line per event (checkout and timing events are left out). */
export function renderLoopStory(events: readonly StoryEvent[]): string[] {
  const lines: string[] = [];
  // Bug work orders filed by a revert, so their merge can say what it closes.
  const fixes = new Map<string, string>();
  const refusedBefore = new Set<string>();
  for (const event of events) {
    switch (event.type) {
      case 'merged': {
        const fixed = fixes.get(event.workOrder);
        const note = fixed ? `; it fixes the reverted ${fixed.slice(0, 12)} and landed only because its new test failed there and passes now (test-first)` : refusedBefore.has(event.workOrder) ? '; without the refused write, inside its scope' : '';
        lines.push(`merged   ${event.workOrder} as ${event.sha.slice(0, 12)} (signed report ${event.reportDigest.slice(7, 19)}…${event.attempts > 1 ? `, verified ${event.attempts}× as main moved` : ''})${note}`);
        break;
      }
      case 'held':
        lines.push(`held     ${event.workOrder}: ${event.reasons.map((r) => `${r.message} — release: ${r.releaseBy}`).join('; ')}`);
        break;
      case 'failed':
        lines.push(`failed   ${event.workOrder}: ${event.message}`);
        break;
      case 'attempt':
        lines.push(`attempt  ${event.workOrder}: ${event.message}`);
        break;
      case 'refused':
        // The agent's tool call was refused and never happened; the work order itself goes on.
        if (!/run_command/.test(event.what)) {
          refusedBefore.add(event.workOrder);
          lines.push(`refused  ${event.workOrder}'s agent: ${event.what.replace(/^refused /, '')}; the call never ran, the agent went on`);
        }
        break;
      case 'canary':
        lines.push(`canary   ${event.verdict} on ${event.sha.slice(0, 12)}${event.regressed.length ? ` (regressed: ${event.regressed.join(', ')})` : ''} in ${seconds(event.ms)}`);
        break;
      case 'culprit':
        lines.push(`culprit  ${event.sha.slice(0, 12)} "${event.subject}" (confidence ${event.confidence.toFixed(4)}, ${event.runs} runs, ${seconds(event.ms)})`);
        break;
      case 'reverted':
        fixes.set(event.bugWorkOrder, event.culprit);
        lines.push(`reverted ${event.culprit.slice(0, 12)}: revert merged as ${event.sha.slice(0, 12)}; bug work order ${event.bugWorkOrder} filed (workorders/${event.bugWorkOrder}.yml)`);
        break;
      case 'main':
        lines.push(`main     ${event.message}`);
        break;
      case 'revert-held':
        lines.push(`no revert${event.culprit ? ` of ${event.culprit.slice(0, 12)}` : ''}: ${event.reasons.join('; ')}`);
        break;
      default:
        break;
    }
  }
  return lines;
}

/** Total time per phase (agent, gates, canary, bisect, revert) from the timing events. */
export function phaseTotals(events: readonly StoryEvent[]): Readonly<Record<'agent' | 'gates' | 'canary' | 'bisect' | 'revert', number>> {
  const totals = { agent: 0, gates: 0, canary: 0, bisect: 0, revert: 0 };
  for (const event of events) if (event.type === 'timing') totals[event.phase] += event.ms;
  return totals;
}
