import { quoteWindowsArgument } from '../env/windows-command-line.ts';
import type { ProcessBox } from './process-box.ts';

/**
 * Who the command runs as inside `shopfloor-box.exe`'s job object: this account's token restricted to Low
 * integrity, a dedicated account whose password is DPAPI-sealed in `accountFile`, or (`job`) this
 * account unchanged, which is no box at all and is used only under `isolation: none`.
 */
export type WindowsBoxMode =
  | { readonly kind: 'restricted' }
  | { readonly kind: 'account'; readonly accountFile: string }
  | { readonly kind: 'job' };

/** The launcher's exit code when it could not build the box; nothing ran (native/windows/shopfloor-box.c). */
export const boxFailedExitCode = 23308;

/** The launcher's private directories for one command: a home and a temp directory, gone after it. */
export interface WindowsBoxScratch {
  readonly home: string;
  readonly temp: string;
}

/** The mode's launcher options (also what the probe passes). */
export function windowsBoxModeArgs(mode: WindowsBoxMode): string[] {
  return mode.kind === 'account' ? ['--mode', 'account', '--account-file', mode.accountFile] : ['--mode', mode.kind];
}

/**
 * The `shopfloor-box.exe` arguments that run `command` in a box: the work copy and the scratch
 * directories writable (labelled Low, or granted to the account), the paths it borrows readable (granted
 * to the account; Low reads them anyway), hidden paths unreadable, then the
 * program and its whole command line as two arguments, so the launcher re-quotes nothing. `verbatim`
 * says `command` is already one line for cmd.exe (a batch file's, see `windowsProgramArgv`). Pure.
 */
export function windowsBoxArgv(mode: WindowsBoxMode, box: ProcessBox, scratch: WindowsBoxScratch, cwd: string, command: { readonly argv: readonly [string, ...string[]]; readonly verbatim: boolean }): string[] {
  const args = windowsBoxModeArgs(mode);
  if (mode.kind !== 'job') {
    for (const path of [box.root, scratch.home, scratch.temp]) args.push('--write', path);
    for (const path of box.readOnly ?? []) args.push('--read', path);
    for (const path of box.hide ?? []) args.push('--hide', path);
  }
  const line = command.verbatim ? command.argv.join(' ') : command.argv.map(quoteWindowsArgument).join(' ');
  args.push('--cwd', cwd, '--', command.argv[0], line);
  return args;
}

/**
 * The environment inside the box: the request's (already built from an allowlist), with home, profile
 * and temp directories pointing at the box's own scratch directories, as the Linux box does with `/tmp`.
 */
export function windowsBoxEnvironment(env: Readonly<Record<string, string>>, scratch: WindowsBoxScratch): Record<string, string> {
  const replaced = new Set(['HOME', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'TEMP', 'TMP']);
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !replaced.has(name.toUpperCase())));
  return {
    ...kept,
    HOME: scratch.home,
    USERPROFILE: scratch.home,
    APPDATA: `${scratch.home}\\AppData\\Roaming`,
    LOCALAPPDATA: `${scratch.home}\\AppData\\Local`,
    TEMP: scratch.temp,
    TMP: scratch.temp,
  };
}

/** Whether the Windows path `path` lies inside `root` (both absolute; case-insensitive, either slash). */
export function isInsideWindows(root: string, path: string): boolean {
  const norm = (value: string) => value.replaceAll('/', '\\').replace(/\\+$/, '').toLowerCase();
  const base = norm(root);
  const target = norm(path);
  return target === base || target.startsWith(`${base}\\`);
}

/** The launcher's own one-line refusal, when `exitCode` and `stderr` are its and not the command's. */
export function boxFailure(exitCode: number | undefined, stderr: string): string | undefined {
  if (exitCode !== boxFailedExitCode) return undefined;
  const line = stderr.split(/\r?\n/).find((text) => text.startsWith('shopfloor-box: '));
  return line?.slice('shopfloor-box: '.length);
}
