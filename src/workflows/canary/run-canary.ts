import { canaryVerdict, type CanaryEvidence } from '../../core/canary/canary-verdict.ts';
import type { CanarySettings, CanaryVerdict, FlowRun, FlowRuns } from '../../core/canary/canary-types.ts';
import { moreRunsNeeded } from '../../core/canary/judge-flow.ts';
import { learnFlakeRates } from '../../core/canary/learn-flake-rates.ts';
import { parseFlowMetrics } from '../../core/canary/parse-flow-metrics.ts';
import { parseDuration } from '../../core/duration.ts';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import type { CanaryFlow, CanaryPolicy } from '../../core/policy/canary-schema.ts';
import { commandEnvNames } from '../../core/policy/command-env.ts';
import type { Git } from '../../ports/git.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';
import { withScratchWorkCopy, type BoxSettings } from '../work-copy/open-work-copy.ts';
import { appendCanaryNote, lastGoodRef, readCanaryNotes } from './canary-notes.ts';

export interface CanaryRequest {
  readonly repoDir: string;
  readonly rev: string;
  readonly policy: CanaryPolicy;
  /** The caller's environment; each flow sees only the base allowlist plus `policyEnv` and the names in its `env`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The policy's top-level `env`: names the build and every flow get (docs/policy.md "Environment"). */
  readonly policyEnv?: readonly string[];
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  readonly onRun?: (event: { readonly sha: string; readonly flow: string; readonly run: FlowRun }) => void;
  /** False for a trial run (e.g. main + a revert): no note, and last-good never moves. Default true. */
  readonly record?: boolean;
  /** What the flows' box offers (the policy's `isolation`); default: the work copy alone, no network. */
  readonly box?: BoxSettings;
}

export interface CanaryRun {
  readonly sha: string;
  /** Per-flow flake rates learned from earlier canaries (used to size confirmation reruns). */
  readonly flakeRates: Readonly<Record<string, number>>;
  readonly lastGood?: string;
  readonly verdict: CanaryVerdict;
  /** Set when GREEN: whether `refs/shopfloor/canary/last-good` moved (false if someone else moved it first). */
  readonly advanced?: boolean;
}

const maxRunsPerFlow = 50;

/**
 * Builds and runs the canary flows on `rev` boxed in a scratch work copy, rerunning failures until they are
 * confirmed or cleared; confirmed regressions are re-run on last-known-good to tell code from
 * environment. GREEN advances the last-good ref with compare-and-swap; every verdict is noted in git.
 */
export async function runCanary(request: CanaryRequest, ports: { git: Git; runner: ProcessRunner; scratch: ScratchSpace }): Promise<CanaryRun> {
  const { git } = ports;
  const sha = await git.revParse(request.repoDir, request.rev);
  if (!sha) throw new RangeError(`"${request.rev}" is not a commit`);
  const lastGood = await git.revParse(request.repoDir, lastGoodRef);
  const history = (await readCanaryNotes(git, request.repoDir)).map((n) => n.note);
  const settings: CanarySettings = {
    flakeRate: request.policy.flakeRate,
    flakeRates: learnFlakeRates(history, request.policy.flakeRate),
    falseRedRate: request.policy.falseRedRate,
    errorLimit: request.policy.errorLimit,
    flowCount: request.policy.flows.length,
  };
  const head = await evaluate(request, ports, sha, request.policy.flows, settings);
  let evidence: CanaryEvidence = head;
  const first = canaryVerdict(head, settings);
  // Last-known-good is the baseline (Kayenta: not production): for confirmed regressions, to tell code
  // from environment, and for flows whose metrics are bounded relative to it.
  const relative = request.policy.flows.filter((f) => f.metrics?.some((m) => m.maxIncrease !== undefined || m.maxDecrease !== undefined));
  const again = request.policy.flows.filter((f) => (first.verdict === 'RED' && first.regressed.includes(f.id)) || relative.includes(f));
  if (lastGood && lastGood !== sha && (again.length > 0 || first.regressed.includes('build'))) {
    evidence = { ...head, lastGood: { sha: lastGood, ...(await evaluate(request, ports, lastGood, again, settings, first.regressed.includes('build'))) } };
  }
  const verdict = canaryVerdict(evidence, settings);
  const base = { sha, flakeRates: settings.flakeRates ?? {}, ...(lastGood ? { lastGood } : {}) };
  if (request.record === false) return { ...base, verdict };
  await appendCanaryNote(git, request.repoDir, sha, { verdict: verdict.verdict, at: request.now().toISOString(), regressed: verdict.regressed, flaky: verdict.flaky, flows: verdict.flows.map((f) => ({ id: f.id, passes: f.passes, fails: f.fails })) });
  if (verdict.verdict !== 'GREEN') return { ...base, verdict };
  const advanced = lastGood === sha || (await git.updateRef(request.repoDir, lastGoodRef, sha, lastGood ?? ''));
  return { ...base, verdict, advanced };
}

async function evaluate(request: CanaryRequest, ports: { git: Git; runner: ProcessRunner; scratch: ScratchSpace }, sha: string, flows: readonly CanaryFlow[], settings: CanarySettings, buildOnly = false): Promise<{ build: FlowRun['result']; flows: FlowRuns[] }> {
  return withScratchWorkCopy(ports.git, ports.scratch, request.repoDir, sha, request.box ?? {}, async ({ dir, box }) => {
    const run = async (id: string, script: string, timeout: string | undefined, allow: readonly string[] = []): Promise<FlowRun> => {
      const { env } = buildEnvironment(request.env, { allow: commandEnvNames(request.policyEnv, allow), platform: ports.runner.platform });
      const timeoutMs = parseDuration(timeout ?? request.policy.timeout ?? '') ?? undefined;
      const shell = ports.runner.platform === 'windows' ? 'pwsh' : 'bash';
      const result = await ports.runner.run({ script, shell, cwd: dir, env, box, ...(timeoutMs ? { timeoutMs } : {}), ...(request.signal ? { signal: request.signal } : {}) });
      const outcome: FlowRun['result'] = result.startError || result.aborted || result.exitCode === 125 ? 'error' : result.exitCode === 0 && !result.timedOut ? 'pass' : 'fail';
      const flowRun: FlowRun = { result: outcome, metrics: parseFlowMetrics(result.stdout), durationMs: result.durationMs };
      request.onRun?.({ sha, flow: id, run: flowRun });
      return flowRun;
    };
    // A build failure or error is tried once more before it counts: fetches and caches flake too.
    let build: FlowRun['result'] = 'pass';
    for (let attempt = 0; request.policy.build && attempt < 2 && (attempt === 0 || build !== 'pass'); attempt++) build = (await run('build', request.policy.build, request.policy.timeout)).result;
    if (build !== 'pass' || buildOnly) return { build, flows: [] };
    const results: FlowRuns[] = [];
    for (const flow of flows) {
      let record: FlowRuns = { flow, runs: [] };
      for (let need = moreRunsNeeded(record, settings); need > 0 && record.runs.length < maxRunsPerFlow; need = moreRunsNeeded(record, settings)) {
        const runs = [...record.runs];
        for (let i = 0; i < need; i++) runs.push(await run(flow.id, flow.run, flow.timeout, flow.env));
        record = { flow, runs };
      }
      results.push(record);
    }
    return { build, flows: results };
  });
}
