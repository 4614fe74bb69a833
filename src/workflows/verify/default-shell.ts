import type { Platform } from '../../core/env/build-environment.ts';
import type { ShellName } from '../../core/policy/gates-schema.ts';

/** The shell a gate uses when its policy names none: bash on Linux and macOS, pwsh on Windows (as GitHub Actions). */
export function defaultShellFor(platform: Platform): ShellName {
  return platform === 'windows' ? 'pwsh' : 'bash';
}
