import { quoteCmdArgument } from '../../core/env/windows-command-line.ts';
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

/**
 * How to start a `.cmd` or `.bat` file on Windows. Node refuses to spawn them without a shell
 * (CVE-2024-27980), and cmd.exe re-reads their arguments, so each one is quoted for cmd.exe or the
 * start is refused with the reason. Any other program is started directly with its argv.
 */
export function windowsProgramArgv(argv: readonly [string, ...string[]]): { ok: true; argv: [string, ...string[]]; verbatim: boolean } | { ok: false; reason: string } {
  if (!/\.(cmd|bat)$/i.test(argv[0])) return { ok: true, argv: [...argv], verbatim: false };
  const parts: string[] = [];
  for (const argument of argv) {
    const quoted = quoteCmdArgument(argument);
    if (!quoted.ok) return { ok: false, reason: `${argv[0]} is a batch file and ${quoted.reason}` };
    parts.push(quoted.value);
  }
  // /d: no AutoRun commands; /v:off: no !VAR! expansion; /s /c "...": run the quoted line as it is.
  return { ok: true, argv: ['cmd.exe', '/d', '/v:off', '/s', '/c', `"${parts.join(' ')}"`], verbatim: true };
}
