import type { ShellName } from '../../ports/process-runner.ts';

/**
 * How each shell runs a one-line script, the way GitHub Actions invokes them: bash with
 * `-eo pipefail`, pwsh without profile, cmd with `/d /s /c`.
 */
export function shellArgv(shell: ShellName, script: string): { argv: [string, ...string[]]; verbatim: boolean } {
  switch (shell) {
    case 'bash':
      return { argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', script], verbatim: false };
    case 'sh':
      return { argv: ['sh', '-e', '-c', script], verbatim: false };
    case 'pwsh':
    case 'powershell':
      return { argv: [shell, '-NoLogo', '-NoProfile', '-NonInteractive', '-Command', `$ErrorActionPreference = 'stop'; ${script}; if ((Test-Path -LiteralPath variable:/LASTEXITCODE)) { exit $LASTEXITCODE }`], verbatim: false };
    case 'cmd':
      // cmd parses its own command line; pass it verbatim, quoted as a whole, as Actions does.
      return { argv: ['cmd.exe', '/d', '/s', '/c', `"${script}"`], verbatim: true };
  }
}

/** The shell a gate uses when its policy names none. */
export function defaultShell(platform: 'linux' | 'windows' | 'macos'): ShellName {
  return platform === 'windows' ? 'pwsh' : 'bash';
}
