import { buildEnvironment } from '../../core/env/build-environment.ts';
import { commandHead } from '../../core/gates/command-head.ts';
import type { GateSpec } from '../../core/gates/gate-spec.ts';
import type { CommandLocator } from '../../ports/command-locator.ts';

/** A gate whose program does not exist, with where it was declared. */
export interface MissingCommand {
  readonly gate: GateSpec;
  readonly program: string;
}

/**
 * Before anything runs: every gate whose command starts with a plain program name must find it, so a typo
 * is bad input (exit 2, nothing written) instead of a red gate an hour later.
 */
export async function findMissingCommands(specs: readonly GateSpec[], workDir: string, locator: CommandLocator, sourceEnv: Readonly<Record<string, string | undefined>>, platform: 'linux' | 'windows' | 'macos'): Promise<MissingCommand[]> {
  const missing: MissingCommand[] = [];
  for (const spec of specs) {
    const program = spec.run ? commandHead(spec.run) : undefined;
    if (!program) continue;
    const { env } = buildEnvironment(sourceEnv, { allow: spec.env, platform });
    const cwd = spec.workingDirectory ? `${workDir}/${spec.workingDirectory}` : workDir;
    if (!(await locator.exists(program, cwd, env))) missing.push({ gate: spec, program });
  }
  return missing;
}
