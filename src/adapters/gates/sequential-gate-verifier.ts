import { buildEnvironment } from '../../core/env/build-environment.ts';
import { parseDuration } from '../../core/duration.ts';
import type { Gate } from '../../core/policy/gates-schema.ts';
import type { GateVerifier } from '../../ports/gate-verifier.ts';
import type { ProcessRunner, ShellName } from '../../ports/process-runner.ts';

export interface SequentialGateOptions {
  readonly gates: readonly Gate[];
  readonly runner: ProcessRunner;
  /** The caller's environment; each gate sees only the allowlist plus its own `env` names. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
}

/**
 * The simple GateVerifier: runs the policy's gates in declaration order in the given work tree, stops
 * at the first required failure, and skips gates meant for other platforms. No caching, retries or
 * reports: the full verify workflow (issue 3) takes its place.
 */
export function createSequentialGateVerifier(options: SequentialGateOptions): GateVerifier {
  const { runner } = options;
  const defaultShell: ShellName = runner.platform === 'windows' ? 'pwsh' : 'bash';
  return {
    verify: async ({ repoDir }) => {
      const lines: string[] = [];
      let passed = true;
      for (const gate of options.gates) {
        if (gate.platforms && !gate.platforms.includes(runner.platform)) {
          lines.push(`${gate.id} skipped (not for ${runner.platform})`);
          continue;
        }
        const { env } = buildEnvironment(options.env, { allow: gate.env ?? [], platform: runner.platform });
        const timeoutMs = gate.timeout ? parseDuration(gate.timeout) : undefined;
        const cwd = gate.workingDirectory ? `${repoDir}/${gate.workingDirectory}` : repoDir;
        const result = await runner.run({ script: gate.run, shell: gate.shell ?? defaultShell, cwd, env, ...(timeoutMs ? { timeoutMs } : {}), ...(options.signal ? { signal: options.signal } : {}) });
        const ok = result.exitCode === 0 && !result.timedOut && !result.startError;
        const why = result.startError ? `could not start: ${result.startError}` : result.timedOut ? `timed out after ${gate.timeout}` : `exit ${result.exitCode ?? result.signal}`;
        lines.push(`${gate.id} ${ok ? 'passed' : `failed (${why})`}`);
        if (!ok && gate.required) {
          passed = false;
          break;
        }
      }
      return { passed, summary: lines.length ? lines.join(', ') : 'no gates declared in the policy' };
    },
  };
}
