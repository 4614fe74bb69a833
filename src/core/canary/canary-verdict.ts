import type { CanarySettings, CanaryVerdict, FlowJudgement, FlowRun, FlowRuns } from './canary-types.ts';
import { judgeFlow } from './judge-flow.ts';

export interface CanaryEvidence {
  readonly build: FlowRun['result'];
  readonly flows: readonly FlowRuns[];
  /** The same checks on last-known-good, run only for what regressed; undefined when there is none. */
  readonly lastGood?: { readonly sha: string; readonly build?: FlowRun['result']; readonly flows: readonly FlowRuns[] };
}

/**
 * The canary verdict. RED needs a confirmed regression of a critical flow (or the build) that does not
 * also fail on last-known-good; failing there too is ENVIRONMENT (not a code regression, no bisect).
 * Infrastructure errors make it INCONCLUSIVE (hold, do not act); unreproduced failures make it FLAKY.
 */
export function canaryVerdict(evidence: CanaryEvidence, settings: CanarySettings): CanaryVerdict {
  const lastGood = evidence.lastGood;
  const lastGoodFlows = new Map((lastGood?.flows ?? []).map((f) => [f.flow.id, judgeFlow(f, settings)]));
  const flows = evidence.flows.map((f) => judgeFlow(f, settings, lastGoodFlows.get(f.flow.id)?.metrics));
  const ids = (list: readonly FlowJudgement[]) => list.map((f) => f.id);
  const reasons: string[] = [];
  const warnings = ids(flows.filter((f) => !f.critical && f.state !== 'passed')).map((id) => `non-critical flow ${id}: ${flows.find((f) => f.id === id)!.reason}`);
  const result = (verdict: CanaryVerdict['verdict'], regressed: readonly string[] = []): CanaryVerdict => ({
    verdict,
    regressed,
    flaky: ids(flows.filter((f) => f.state === 'flaky')),
    errors: ids(flows.filter((f) => f.state === 'error' || f.state === 'pending')),
    warnings,
    reasons,
    flows,
  });

  if (evidence.build === 'error') return (reasons.push('the build could not run (infrastructure error); holding'), result('INCONCLUSIVE'));
  if (evidence.build === 'fail') {
    if (lastGood?.build === 'fail') return (reasons.push(`the build fails on last-known-good ${lastGood.sha.slice(0, 12)} too: the environment, not the code`), result('ENVIRONMENT'));
    reasons.push(lastGood ? `the build fails here and passes on last-known-good ${lastGood.sha.slice(0, 12)}` : 'the build fails (no last-known-good to compare)');
    return result('RED', ['build']);
  }
  const regressed = flows.filter((f) => f.critical && f.state === 'regressed');
  if (regressed.length > 0) {
    const environmental = regressed.filter((f) => lastGoodFlows.get(f.id)?.state === 'regressed');
    const real = regressed.filter((f) => !environmental.includes(f));
    for (const f of environmental) reasons.push(`${f.id} also fails on last-known-good ${lastGood!.sha.slice(0, 12)}: ${f.reason}`);
    for (const f of real) reasons.push(`${f.id}: ${f.reason}${lastGood ? (lastGoodFlows.has(f.id) ? `; passes on last-known-good ${lastGood.sha.slice(0, 12)}` : '') : '; no last-known-good to compare'}`);
    return real.length > 0 ? result('RED', ids(real)) : result('ENVIRONMENT');
  }
  const critical = flows.filter((f) => f.critical);
  const unsure = critical.filter((f) => f.state === 'error' || f.state === 'pending');
  if (unsure.length > 0) return (reasons.push(...unsure.map((f) => `${f.id}: ${f.reason}`)), result('INCONCLUSIVE'));
  const flaky = critical.filter((f) => f.state === 'flaky');
  if (flaky.length > 0) return (reasons.push(...flaky.map((f) => `${f.id}: ${f.reason}; not a reason to revert`)), result('FLAKY'));
  reasons.push(`${critical.length} critical flow(s) passed`);
  return result('GREEN');
}
