import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boxFailure, isInsideWindows, windowsBoxArgv, windowsBoxEnvironment, type WindowsBoxMode } from '../../core/isolation/windows-box-argv.ts';
import type { Isolation, ProcessRequest, ProcessResult, ProcessRunner } from '../../ports/process-runner.ts';
import { createNodeProcessRunner } from './node-process-runner.ts';
import { shellArgv, windowsProgramArgv } from './shell-argv.ts';

/**
 * A ProcessRunner that starts every command through `shopfloor-box.exe` (native/windows): a job object
 * that no process can leave and that ends the whole tree when the command ends or the launcher is
 * killed (the inner runner's timeout and abort kill the launcher), under the identity `mode` names, with
 * a private home and temp directory. When the launcher cannot build the box, nothing runs and the
 * result's `startError` is its one-line reason. `isolation` is what reports record: `windows-job` for
 * the restricted-token and account modes, `none` (with why) for the job-only mode.
 */
export function createWindowsJobRunner(options: { readonly launcher: string; readonly mode: WindowsBoxMode; readonly isolation: Isolation; readonly inner?: ProcessRunner }): ProcessRunner {
  const inner = options.inner ?? createNodeProcessRunner('windows');
  return {
    platform: 'windows',
    isolation: options.isolation,
    run: async (request: ProcessRequest): Promise<ProcessResult> => {
      const box = request.box ?? { root: request.cwd };
      if (!isInsideWindows(box.root, request.cwd)) return refused(`the command's directory ${request.cwd} is outside its work copy ${box.root}`);
      const command = 'argv' in request ? windowsProgramArgv(request.argv) : { ok: true as const, ...shellArgv(request.shell, request.script) };
      if (!command.ok) return refused(command.reason);
      const scratchRoot = mkdtempSync(join(tmpdir(), 'shopfloor-box-'));
      const scratch = { home: join(scratchRoot, 'home'), temp: join(scratchRoot, 'temp') };
      try {
        mkdirSync(scratch.home);
        mkdirSync(scratch.temp);
        const { box: _box, ...rest } = request as ProcessRequest & { script?: string; shell?: string; argv?: readonly string[] };
        const { script: _script, shell: _shell, argv: _argv, ...plain } = rest;
        const result = await inner.run({
          ...plain,
          env: windowsBoxEnvironment(request.env, scratch),
          argv: [options.launcher, ...windowsBoxArgv(options.mode, box, scratch, request.cwd, command)],
        });
        const failure = boxFailure(result.exitCode, result.stderr);
        return failure ? { ...result, exitCode: undefined, startError: `the Windows box could not start the command: ${failure}` } : result;
      } finally {
        rmSync(scratchRoot, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
    },
  };
}

function refused(reason: string): ProcessResult {
  return { exitCode: undefined, signal: undefined, timedOut: false, aborted: false, startError: reason, durationMs: 0, stdout: '', stderr: '', truncated: false };
}
