import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { sandboxUnavailableReason } from '../../core/isolation/sandbox-unavailable.ts';
import type { Isolation } from '../../core/isolation/process-box.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';
import { createBubblewrapRunner } from './bubblewrap-runner.ts';
import { createNodeProcessRunner, currentPlatform } from './node-process-runner.ts';
import { configuredWindowsBoxMode, findWindowsBox, probeWindowsBox, type WindowsBoxProbe } from './probe-windows-box.ts';
import { createWindowsJobRunner } from './windows-job-runner.ts';

/** A probe's finding: bwrap works here (with its version), or why not. */
export type SandboxProbe = { readonly ok: true; readonly bwrap: string; readonly version: string } | { readonly ok: false; readonly detail: string };

/**
 * Starts one throwaway box to see whether bubblewrap works on this host (it needs user namespaces,
 * which some hosts restrict). Synchronous and cheap (a few milliseconds); the composition root calls it once.
 */
export function probeBubblewrap(env: Readonly<Record<string, string | undefined>> = process.env): SandboxProbe {
  const bwrap = findProgram('bwrap', env.PATH ?? '');
  if (!bwrap) return { ok: false, detail: 'bubblewrap (bwrap) is not installed' };
  const trial = spawnSync(bwrap, ['--unshare-all', '--die-with-parent', '--ro-bind', '/', '/', '--proc', '/proc', 'true'], { encoding: 'utf8', timeout: 10_000 });
  if (trial.status !== 0) return { ok: false, detail: `bubblewrap could not start a box: ${(trial.stderr || trial.error?.message || `exit ${trial.status}`).trim()}` };
  const version = spawnSync(bwrap, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout.trim().replace(/^bubblewrap\s+/, '') || 'unknown';
  return { ok: true, bwrap, version };
}

/** How the Windows box is probed: in the configured mode, and job-only when that fails. */
export interface WindowsBoxProbes {
  readonly box: () => WindowsBoxProbe;
  readonly jobOnly: () => WindowsBoxProbe;
}

/** The Windows probes for this Shopfloor package, in the mode the runner's admin configured. */
export function windowsBoxProbes(env: Readonly<Record<string, string | undefined>> = process.env, launcher: string | undefined = findWindowsBox()): WindowsBoxProbes {
  return { box: () => probeWindowsBox(launcher, configuredWindowsBoxMode(env)), jobOnly: () => probeWindowsBox(launcher, { kind: 'job' }) };
}

/**
 * The runner for code under judgement (agents, gates, acceptance commands, canary flows, bisect probes):
 * bubblewrap on Linux and the shopfloor-box job on Windows where they work, else an unboxed runner whose
 * `isolation` says why. Whether unboxed is acceptable is the policy's call (`isolation.mode: none`), made
 * where the runner is used. Unboxed on Windows, commands still run in a job object when it can be made,
 * so none of their processes outlives them.
 */
export function createJudgedRunner(probe: () => SandboxProbe = () => probeBubblewrap(), windows: () => WindowsBoxProbes = () => windowsBoxProbes()): ProcessRunner {
  const platform = currentPlatform();
  if (platform === 'linux') {
    const found = probe();
    if (found.ok) return createBubblewrapRunner({ bwrap: found.bwrap, version: found.version });
    return withIsolation(createNodeProcessRunner(platform), { mode: 'none', reason: sandboxUnavailableReason(platform, found.detail) });
  }
  if (platform === 'windows') return createWindowsRunner(windows());
  return withIsolation(createNodeProcessRunner(platform), { mode: 'none', reason: sandboxUnavailableReason(platform, `no sandbox on ${platform}`) });
}

/** The Windows runner: boxed when the configured mode works; else unboxed, in a bare job object when one can be made. */
export function createWindowsRunner(probes: WindowsBoxProbes): ProcessRunner {
  const found = probes.box();
  if (found.ok) {
    const identity = found.mode.kind === 'account' ? 'account' : 'restricted-token';
    return createWindowsJobRunner({ launcher: found.launcher, mode: found.mode, isolation: { mode: 'windows-job', version: found.version, identity } });
  }
  const reason = sandboxUnavailableReason('windows', found.detail);
  const job = probes.jobOnly();
  if (!job.ok) return withIsolation(createNodeProcessRunner('windows'), { mode: 'none', reason });
  return createWindowsJobRunner({ launcher: job.launcher, mode: job.mode, isolation: { mode: 'none', reason: `${reason}. Commands still run in a job object, so none of their processes outlives them` } });
}

function withIsolation(runner: ProcessRunner, isolation: Isolation): ProcessRunner {
  return { ...runner, isolation };
}

function findProgram(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
