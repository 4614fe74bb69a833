import { buildEnvironment } from '../../core/env/build-environment.ts';
import { isTestFile } from '../../core/gates/command-head.ts';
import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { defaultShellFor } from './default-shell.ts';
import type { GateContext } from './verify-types.ts';

/**
 * Built-in `test-first` for bugfix and revert work orders: a test the diff adds or changes fails on the
 * base and passes on the head. Both runs happen in fresh worktrees under the scratch directory, never in
 * the user's checkout; the base worktree gets the head's version of the changed tests.
 * The command is the work order's `repro.run`, else the first `unit` gate of the policy; it sees the
 * changed tests in `SHOPFLOOR_CHANGED_TESTS` (space-separated).
 */
export async function runTestFirstGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const workOrder = options.workOrder?.value;
  const changes = await options.git.diff(options.repoDir, context.base, context.head);
  const tests = changes.filter((c) => c.status !== 'D' && isTestFile(c.path)).map((c) => c.path);
  if (tests.length === 0) return { ...base, attempts: 0, status: 'fail', reason: `a ${workOrder?.kind ?? 'bugfix'} work order must add or change a test that reproduces the bug; none of the ${changes.length} changed files is a test`, annotations: [] };
  const command = workOrder?.repro?.run ?? options.policy.gates.find((gate) => gate.kind === 'unit')?.run;
  if (!command) return { ...base, attempts: 0, status: 'error', reason: 'no test command: give the work order a repro.run, or declare a gate of kind "unit"', annotations: [] };

  const log = options.store.openLog();
  const shell = defaultShellFor(options.runner.platform);
  const { env } = buildEnvironment(options.sourceEnv, { platform: options.runner.platform, set: { CI: 'true', SHOPFLOOR: '1', SHOPFLOOR_GATE: spec.id, SHOPFLOOR_CHANGED_TESTS: tests.join(' ') } });
  const run = async (rev: string, side: 'base' | 'head') => {
    const dir = `${options.scratchDir}/${options.runId}-test-first-${side}`;
    await options.git.worktreeAdd(options.repoDir, dir, rev, { detach: true });
    try {
      if (side === 'base') {
        const files = options.filesAt(dir);
        for (const test of tests) await files.replace(test, (await options.git.show(options.repoDir, context.head, test)) ?? '');
      }
      log.write(`=== shopfloor: ${command} on the ${side} (${rev.slice(0, 12)}) with the head's tests: ${tests.join(', ')} ===\n`);
      return await options.runner.run({ script: command, shell, cwd: dir, env, timeoutMs: spec.timeoutMs, onOutput: (chunk) => log.write(chunk), ...(options.signal ? { signal: options.signal } : {}) });
    } finally {
      await options.git.worktreeRemove(options.repoDir, dir);
    }
  };
  const onBase = await run(context.base, 'base');
  const onHead = await run(context.head, 'head');
  const { digest } = await log.finish();
  const done = { ...base, attempts: 2, logDigest: digest, annotations: [] };
  const broken = (r: typeof onBase) => r.timedOut || r.aborted || r.startError !== undefined;
  if (broken(onBase) || broken(onHead)) return { ...done, status: 'error', reason: `the test command did not complete on the ${broken(onBase) ? 'base' : 'head'} (${(broken(onBase) ? onBase : onHead).startError ?? 'timed out or cancelled'})` };
  if (onBase.exitCode === 0) return { ...done, status: 'fail', reason: `the changed tests (${tests.join(', ')}) pass on the base too, so they do not reproduce the bug; make a test fail without the fix` };
  if (onHead.exitCode !== 0) return { ...done, status: 'fail', reason: `the changed tests fail on the head (exit ${onHead.exitCode}); the fix does not make them pass` };
  return { ...done, status: 'pass', reason: `${tests.join(', ')} fail on the base (exit ${onBase.exitCode}) and pass on the head` };
}
