import { parseDuration } from '../../core/duration.ts';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import { commandEnvNames } from '../../core/policy/command-env.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { runBisect } from '../bisect/run-bisect.ts';
import { runCanary } from '../canary/run-canary.ts';
import { gateBoxSettings } from '../work-copy/open-work-copy.ts';
import { runRevert } from '../revert/run-revert.ts';
import type { LoopEvent, LoopOptions, LoopPorts } from './loop-types.ts';
import { landRevert } from './land-revert.ts';
import { loopNotesRef } from './land-work-order.ts';
import { createVerifyGateVerifier } from './verify-gate-verifier.ts';

export interface GuardInput {
  readonly policy: Policy;
  readonly policyText: string;
  readonly say: (text: string) => Promise<void>;
  readonly emit: (event: LoopEvent) => void;
  /** After main moved (the revert merged), still under the caller's lock. */
  readonly moved: (oldSha: string, newSha: string) => Promise<void>;
}

const maxReverts = 2;

/**
 * Keeps main green after it moved: canary; RED → flake-aware bisect over the first-parent merges since
 * last-good → revert of the culprit verified with the full gates and a trial canary → the revert merged
 * the same SHA-guarded way (with its bug work order) → canary again. Call it while holding main.
 */
export async function guardMain(sha: string, input: GuardInput, options: LoopOptions, ports: LoopPorts): Promise<void> {
  const canaryPolicy = input.policy.canary;
  if (!canaryPolicy) return;
  const { git, runner, scratch } = ports;
  const { repoDir } = options;
  const canaryPorts = { git, runner, scratch };
  // Verify refuses to sign without a sandbox; the canary and bisect refuse to run.
  const box = gateBoxSettings(runner.isolation, input.policy.isolation);
  if (!box.ok) {
    input.emit({ type: 'revert-held', culprit: '', reasons: [box.message] });
    return;
  }
  const now = () => new Date(ports.clock());
  for (let round = 0; round <= maxReverts; round++) {
    let started = ports.clock();
    const canary = await runCanary({ repoDir, box: box.settings, rev: sha, policy: canaryPolicy, env: options.env, policyEnv: input.policy.env ?? [], now, ...(options.signal ? { signal: options.signal } : {}) }, canaryPorts);
    const { verdict } = canary;
    input.emit({ type: 'canary', sha, verdict: verdict.verdict, regressed: verdict.regressed, ms: ports.clock() - started });
    input.emit({ type: 'timing', phase: 'canary', ms: ports.clock() - started });
    await input.say(`canary ${verdict.verdict} on ${sha.slice(0, 12)}${verdict.regressed.length ? `: regressed ${verdict.regressed.join(', ')}` : ''}`);
    if (verdict.verdict !== 'RED') return;
    const flow = canaryPolicy.flows.find((f) => verdict.regressed.includes(f.id));
    if (!canary.lastGood || !flow) {
      input.emit({ type: 'revert-held', culprit: '', reasons: [canary.lastGood ? 'the build regressed, not a flow; fix the build' : 'no last-known-good commit to bisect from; fix main by hand, then run the canary'] });
      return;
    }
    started = ports.clock();
    const timeoutMs = flow.timeout ? parseDuration(flow.timeout) : undefined;
    const bisect = await runBisect({
      repoDir, box: box.settings, good: canary.lastGood, bad: sha, command: flow.run, env: buildEnvironment(options.env, { allow: commandEnvNames(input.policy.env, flow.env), platform: runner.platform }).env,
      options: { runners: 1, flakeRate: canary.flakeRates[flow.id] ?? canaryPolicy.flakeRate }, ...(timeoutMs ? { timeoutMs } : {}), ...(options.signal ? { signal: options.signal } : {}),
    }, canaryPorts);
    input.emit({ type: 'timing', phase: 'bisect', ms: ports.clock() - started });
    if (!bisect.ok || bisect.plan.kind !== 'found') {
      const why = !bisect.ok ? bisect.message : bisect.plan.kind === 'no-regression' ? 'the red did not reproduce (a flake)' : `bisect ended with ${bisect.plan.kind}, no single culprit`;
      input.emit({ type: 'revert-held', culprit: '', reasons: [why], ...(bisect.ok && bisect.plan.kind === 'no-regression' ? { flake: true as const } : {}) });
      await input.say(`no revert: ${why}`);
      return;
    }
    const culprit = bisect.plan.culprit.sha;
    input.emit({ type: 'culprit', sha: culprit, subject: bisect.subjects[culprit] ?? '', confidence: bisect.plan.confidence, runs: bisect.plan.runs, ms: ports.clock() - started });
    // The bisect's evidence (range, every probe and its result, the plan) kept as an artifact the Writer links.
    const evidence = await ports.verify.store.put(`${JSON.stringify({ good: bisect.good, bad: bisect.bad, command: flow.run, range: bisect.range, rounds: bisect.rounds, plan: bisect.plan, probes: bisect.probes, subjects: bisect.subjects }, null, 2)}\n`);
    await input.say(`culprit ${culprit.slice(0, 12)} "${bisect.subjects[culprit] ?? ''}" (confidence ${bisect.plan.confidence.toFixed(4)}, ${bisect.plan.runs} runs; bisect plan ${evidence.slice(0, 19)}…)`);
    started = ports.clock();
    let counter = 0;
    const revert = await runRevert(
      { repoDir, culprit, onto: sha, policy: input.policy, nowMs: ports.clock(), confidence: bisect.plan.confidence, failingCheck: { name: flow.id, run: flow.run, ...(flow.env ? { env: flow.env } : {}) } },
      {
        git, scratch, filesAt: ports.verify.filesAt,
        gates: createVerifyGateVerifier({ verify: ports.verify, policy: input.policy, policyText: input.policyText, scratchDir: options.worktreesDir, runId: () => `revert-${culprit.slice(0, 12)}-${ports.randomHex(3)}-${++counter}`, noteRef: loopNotesRef, ...(options.signal ? { signal: options.signal } : {}) }),
        trialCanary: async (rev) => (await runCanary({ repoDir, box: box.settings, rev, policy: canaryPolicy, env: options.env, policyEnv: input.policy.env ?? [], now, record: false }, canaryPorts)).verdict.verdict,
      },
    );
    if (!revert.ok || !revert.created || !revert.merge.autoMerge) {
      const reasons = !revert.ok ? [revert.message] : !revert.created ? revert.plan.reasons.map((r) => r.message) : revert.merge.reasons;
      input.emit({ type: 'revert-held', culprit, reasons });
      await input.say(`revert of ${culprit.slice(0, 12)} not merged: ${reasons.join('; ')}`);
      return;
    }
    const landed = await landRevert({ mainSha: sha, branch: revert.plan.branch, culprit, subject: bisect.subjects[culprit] ?? culprit, policy: input.policy, policyText: input.policyText, runId: `revert-${culprit.slice(0, 12)}-${ports.randomHex(3)}-merge` }, options, ports);
    if (!landed.ok) {
      input.emit({ type: 'revert-held', culprit, reasons: [landed.reason] });
      await input.say(`revert of ${culprit.slice(0, 12)} not merged: ${landed.reason}`);
      return;
    }
    const merged = landed.sha;
    input.emit({ type: 'reverted', culprit, sha: merged, bugWorkOrder: revert.workOrder.id, ms: ports.clock() - started });
    input.emit({ type: 'timing', phase: 'revert', ms: ports.clock() - started });
    await input.say(`revert merged: main ${sha.slice(0, 12)} → ${merged.slice(0, 12)} (gates: ${revert.gates.summary}; trial canary ${revert.canary ?? 'n/a'}); bug work order ${revert.workOrder.path}`);
    await input.moved(sha, merged);
    sha = merged;
  }
}
