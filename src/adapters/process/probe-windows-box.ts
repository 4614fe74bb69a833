import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { windowsBoxModeArgs, type WindowsBoxMode } from '../../core/isolation/windows-box-argv.ts';
import { locatePackageRoot } from '../files/locate-package-root.ts';

/** A probe's finding: the Windows box works here in `mode` (with the launcher's version), or why not. */
export type WindowsBoxProbe =
  | { readonly ok: true; readonly launcher: string; readonly version: string; readonly mode: WindowsBoxMode }
  | { readonly ok: false; readonly detail: string };

/** `dist/shopfloor-box.exe` of the Shopfloor package this code runs from, when it is there. */
export function findWindowsBox(): string | undefined {
  try {
    const exe = join(locatePackageRoot(), 'dist', 'shopfloor-box.exe');
    return existsSync(exe) ? exe : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the box once around the launcher's own `--version` to see whether it works here in `mode`
 * (the restricted token needs integrity levels; the account needs its sealed file and logon right).
 * Synchronous; the composition root calls it once.
 */
export function probeWindowsBox(launcher: string | undefined, mode: WindowsBoxMode): WindowsBoxProbe {
  if (!launcher) return { ok: false, detail: 'shopfloor-box.exe, the Windows box launcher, is not in this Shopfloor package (dist/shopfloor-box.exe)' };
  const version = spawnSync(launcher, ['--version'], { encoding: 'utf8', timeout: 30_000, windowsHide: true });
  const found = /^shopfloor-box (\S+)/.exec(version.stdout ?? '');
  if (!found) return { ok: false, detail: `${launcher} did not start: ${(version.stderr || version.error?.message || `exit ${version.status}`).trim()}` };
  const trial = spawnSync(launcher, [...windowsBoxModeArgs(mode), '--probe'], { encoding: 'utf8', timeout: 30_000, windowsHide: true });
  if (trial.status !== 0) return { ok: false, detail: `the Windows box (${mode.kind === 'account' ? 'dedicated account' : mode.kind === 'restricted' ? 'restricted token' : 'job object'}) could not start: ${(trial.stderr || trial.error?.message || `exit ${trial.status}`).trim()}` };
  return { ok: true, launcher, version: found[1]!, mode };
}

/** The box the runner's admin configured: a dedicated account when its sealed file is named, else the restricted token. */
export function configuredWindowsBoxMode(env: Readonly<Record<string, string | undefined>>): WindowsBoxMode {
  const accountFile = env.SHOPFLOOR_BOX_ACCOUNT_FILE;
  return accountFile ? { kind: 'account', accountFile } : { kind: 'restricted' };
}
