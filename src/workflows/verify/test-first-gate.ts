import { parseDuration } from '../../core/duration.ts';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import { couldNotRun } from '../../core/gates/could-not-run.ts';
import { isTestFile } from '../../core/gates/command-head.ts';
import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { policyGateSpec } from '../../core/gates/plan-gates.ts';
import { commandEnvNames } from '../../core/policy/command-env.ts';
import type { ProcessResult } from '../../ports/process-runner.ts';
import { withWorkCopy } from '../work-copy/open-work-copy.ts';
import { defaultShellFor } from './default-shell.ts';
import { openRedactedLog } from './open-redacted-log.ts';
import type { GateContext } from './verify-types.ts';

/**
 * Built-in `test-first` for bugfix and revert work orders: a test the diff adds or changes fails where the
 * bug is and passes on the head. Where the bug is: the base — unless the work order fixes a reverted
 * culprit (`provenance.revertOf`), because after the revert the base no longer has the bug; then it is the
 * culprit commit. The red run gets the head's version of the changed tests overlaid. For a culprit, a
 * control run of the culprit as it was merged must pass, so the red run's failure is the new test's doing
 * and not the regression itself (a canary flow fails at the culprit whatever the tests say).
 * Every run happens boxed in a fresh work copy under the scratch directory, never in the user's checkout.
 * The command is the work order's `repro.run`, else the first `unit` gate (for a culprit the other way
 * round: a bug work order's `repro.run` is the failing canary check). The unit gate runs exactly as that
 * gate runs (shell, environment, working directory, time limit); `repro.run` gets the policy's `env`.
 * It sees the changed tests in `SHOPFLOOR_CHANGED_TESTS` (space-separated). A command that could not run
 * (not found, a module missing) on both sides is an `error`, never evidence either way.
 */
export async function runTestFirstGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const workOrder = options.workOrder?.value;
  const changes = await options.git.diff(options.repoDir, context.base, context.head);
  const tests = changes.filter((c) => c.status !== 'D' && isTestFile(c.path)).map((c) => c.path);
  if (tests.length === 0) return { ...base, attempts: 0, status: 'fail', reason: `a ${workOrder?.kind ?? 'bugfix'} work order must add or change a test that reproduces the bug; none of the ${changes.length} changed files is a test`, annotations: [] };
  const revertOf = workOrder?.provenance?.revertOf;
  const unitIndex = options.policy.gates.findIndex((gate) => gate.kind === 'unit');
  const unitGate = unitIndex < 0 ? undefined : policyGateSpec(options.policy.gates[unitIndex]!, unitIndex, { policy: options.policy, policyFile: options.policyFile, parseDuration });
  const repro = workOrder?.repro?.run;
  const reproSpec = repro === undefined ? undefined : { run: repro, env: commandEnvNames(options.policy.env, []), timeoutMs: spec.timeoutMs };
  const chosen: Pick<GateSpec, 'run' | 'env' | 'timeoutMs' | 'shell' | 'workingDirectory'> | undefined = revertOf ? (unitGate ?? reproSpec) : (reproSpec ?? unitGate);
  const command = chosen?.run;
  if (!chosen || !command) return { ...base, attempts: 0, status: 'error', reason: 'no test command: give the work order a repro.run, or declare a gate of kind "unit"', annotations: [] };
  const culprit = revertOf ? await options.git.revParse(options.repoDir, revertOf) : undefined;
  if (revertOf && !culprit) return { ...base, attempts: 0, status: 'error', reason: `the culprit ${revertOf} (provenance.revertOf) is not in this repository; fetch it (git fetch origin ${revertOf}) and rerun`, annotations: [] };

  const shell = chosen.shell ?? defaultShellFor(options.runner.platform);
  const { env } = buildEnvironment(options.sourceEnv, { allow: chosen.env, platform: options.runner.platform, set: { CI: 'true', SHOPFLOOR: '1', SHOPFLOOR_GATE: spec.id, SHOPFLOOR_CHANGED_TESTS: tests.join(' ') } });
  // Redacted as it is written, like every gate log: the probes run the change's code.
  const log = openRedactedLog(options, env);
  let attempts = 0;
  const run = async (rev: string, side: string, overlay: boolean) => {
    attempts++;
    return withWorkCopy(options.git, options.repoDir, `${options.scratchDir}/${options.runId}-test-first-${side}`, rev, context.boxSettings, async (copy) => {
      if (overlay) {
        const files = options.filesAt(copy.dir);
        for (const test of tests) await files.replace(test, (await options.git.show(options.repoDir, context.head, test)) ?? '');
      }
      log.write(`=== shopfloor: ${command} on the ${side} (${rev.slice(0, 12)}) ${overlay ? `with the head's tests: ${tests.join(', ')}` : 'as committed'} ===\n`);
      return options.runner.run({ script: command, shell, cwd: chosen.workingDirectory ? `${copy.dir}/${chosen.workingDirectory}` : copy.dir, env, box: copy.box, timeoutMs: chosen.timeoutMs, onOutput: (chunk) => log.write(chunk), ...(options.signal ? { signal: options.signal } : {}) });
    });
  };
  const verdict = await judgeRuns(run, { red: culprit ? { rev: culprit, side: 'culprit' } : { rev: context.base, side: 'base' }, head: context.head, tests });
  const { digest } = await log.finish();
  return { ...base, attempts, logDigest: digest, annotations: [], ...verdict };
}

type Run = (rev: string, side: string, overlay: boolean) => Promise<ProcessResult>;
type Verdict = { readonly status: 'pass' | 'fail' | 'error'; readonly reason: string };

/** Red run first (it fails most often), then the culprit's control, then the head; stop at the first verdict. */
async function judgeRuns(run: Run, plan: { red: { rev: string; side: 'base' | 'culprit' }; head: string; tests: readonly string[] }): Promise<Verdict> {
  const { side } = plan.red;
  const where = side === 'culprit' ? `the culprit ${plan.red.rev.slice(0, 12)}` : 'the base';
  const broken = (result: ProcessResult, on: string): Verdict | undefined =>
    result.timedOut || result.aborted || result.startError !== undefined ? { status: 'error', reason: `the test command did not complete on ${on} (${result.startError ?? 'timed out or cancelled'})` } : undefined;
  const red = await run(plan.red.rev, side, true);
  const redBroken = broken(red, where);
  if (redBroken) return redBroken;
  if (red.exitCode === 0) {
    const why = side === 'culprit' ? 'they do not catch the regression it brought; make a test fail on the culprit' : 'they do not reproduce the bug; make a test fail without the fix';
    return { status: 'fail', reason: `the changed tests (${plan.tests.join(', ')}) pass on ${where} too, so ${why}` };
  }
  if (side === 'culprit') {
    const control = await run(plan.red.rev, 'culprit-control', false);
    const controlBroken = broken(control, `${where} as merged`);
    if (controlBroken) return controlBroken;
    const neither = notRunOnBoth(red, control, `${where} with the changed tests`, `${where} as merged`);
    if (neither) return neither;
    if (control.exitCode !== 0) return { status: 'fail', reason: `the test command fails on ${where} as merged too (exit ${control.exitCode}), so the failure with the changed tests does not show that they catch the regression; declare a gate of kind "unit" that runs the tests` };
  }
  const head = await run(plan.head, 'head', false);
  const headBroken = broken(head, 'the head');
  if (headBroken) return headBroken;
  const neither = notRunOnBoth(red, head, where, 'the head');
  if (neither) return neither;
  if (head.exitCode !== 0) return { status: 'fail', reason: `the changed tests fail on the head (exit ${head.exitCode}); the fix does not make them pass` };
  return { status: 'pass', reason: `${plan.tests.join(', ')} fail on ${where} (exit ${red.exitCode})${side === 'culprit' ? ', whose own tests pass,' : ''} and pass on the head` };
}

/** Both runs failed because the command could not run there: no evidence about the tests either way. */
function notRunOnBoth(first: ProcessResult, second: ProcessResult, firstWhere: string, secondWhere: string): Verdict | undefined {
  const [a, b] = [couldNotRun(first), couldNotRun(second)];
  if (!a || !b) return undefined;
  return { status: 'error', reason: `the check could not run: ${a} on ${firstWhere}${a === b ? ' and on' : `, ${b} on`} ${secondWhere}; this says nothing about the change. Give the test command what it needs (its gate's \`env\`, or the policy's top-level \`env\`) and run again` };
}
