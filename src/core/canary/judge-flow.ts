import type { CanarySettings, FlowJudgement, FlowRun, FlowRuns } from './canary-types.ts';
import { confirmationRuns } from './confirmation-runs.ts';

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function trailingErrors(runs: readonly FlowRun[]): number {
  let count = 0;
  for (let i = runs.length - 1; i >= 0 && runs[i]!.result === 'error'; i--) count++;
  return count;
}

/**
 * Judges one flow from its runs so far. Passes are trusted; a failure is a regression only after
 * `confirmationRuns` failures in a row with no pass; a failure and a pass make it FLAKY (never a
 * reason to revert). A declared metric is judged on the median of passing runs against its bounds and,
 * given last-known-good's medians as `baseline`, against its relative bounds; a declared metric the flow
 * never printed is an error (never act on missing data).
 */
export function judgeFlow({ flow, runs }: FlowRuns, settings: CanarySettings, baseline?: Readonly<Record<string, number>>): FlowJudgement {
  const passes = runs.filter((r) => r.result === 'pass');
  const fails = runs.filter((r) => r.result === 'fail').length;
  const errors = runs.filter((r) => r.result === 'error').length;
  const flakeRate = settings.flakeRates?.[flow.id] ?? settings.flakeRate;
  const required = confirmationRuns({ ...settings, flakeRate, repeat: flow.repeat });
  const metrics: Record<string, number> = {};
  for (const m of flow.metrics ?? []) {
    const values = passes.map((r) => r.metrics?.[m.name]).filter((v): v is number => v !== undefined);
    if (values.length > 0) metrics[m.name] = median(values);
  }
  const judged = (state: FlowJudgement['state'], reason: string): FlowJudgement => ({ id: flow.id, critical: flow.critical, state, passes: passes.length, fails, errors, metrics, reason });

  if (passes.length > 0 && fails > 0) return judged('flaky', `${fails} failure(s) did not reproduce: ${passes.length} of ${passes.length + fails} runs passed`);
  if (fails >= required) return judged('regressed', `failed ${fails} of ${fails} runs (${required} confirm a regression at flake rate ${Number(flakeRate.toFixed(3))})`);
  if (trailingErrors(runs) >= settings.errorLimit) return judged('error', `${trailingErrors(runs)} infrastructure errors in a row (errorLimit ${settings.errorLimit}); holding, not blaming`);
  if (fails > 0) return judged('pending', `failed ${fails} time(s); ${required - fails} more run(s) confirm or clear it`);
  if (passes.length < flow.repeat) return judged('pending', `${passes.length} of ${flow.repeat} run(s) done`);
  for (const m of flow.metrics ?? []) {
    const value = metrics[m.name];
    if (value === undefined) return judged('error', `metric "${m.name}" was not printed; print it as JSON on stdout, e.g. {"${m.name}": 123}`);
    if (m.max !== undefined && value > m.max) return judged('regressed', `metric ${m.name} = ${value} is above its max ${m.max} (median of ${passes.length} run(s))`);
    if (m.min !== undefined && value < m.min) return judged('regressed', `metric ${m.name} = ${value} is below its min ${m.min} (median of ${passes.length} run(s))`);
    const base = baseline?.[m.name];
    if (base === undefined) continue;
    if (m.maxIncrease !== undefined && value > base + Math.abs(base) * m.maxIncrease) return judged('regressed', `metric ${m.name} = ${value} is more than ${100 * m.maxIncrease}% above last-known-good's ${base}`);
    if (m.maxDecrease !== undefined && value < base - Math.abs(base) * m.maxDecrease) return judged('regressed', `metric ${m.name} = ${value} is more than ${100 * m.maxDecrease}% below last-known-good's ${base}`);
  }
  return judged('passed', `passed ${passes.length} run(s)`);
}

/** How many more runs a flow needs before it can be judged (0 = judged). Errors are retried. */
export function moreRunsNeeded(flowRuns: FlowRuns, settings: CanarySettings): number {
  const judgement = judgeFlow(flowRuns, settings);
  if (judgement.state !== 'pending') return 0;
  const required = confirmationRuns({ ...settings, flakeRate: settings.flakeRates?.[flowRuns.flow.id] ?? settings.flakeRate, repeat: flowRuns.flow.repeat });
  return judgement.fails > 0 ? required - judgement.fails : flowRuns.flow.repeat - judgement.passes;
}
