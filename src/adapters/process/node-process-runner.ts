import { spawn } from 'node:child_process';
import type { Platform } from '../../core/env/build-environment.ts';
import type { ProcessRequest, ProcessResult, ProcessRunner } from '../../ports/process-runner.ts';
import { killProcessTree } from './kill-process-tree.ts';
import { shellArgv, windowsProgramArgv } from './shell-argv.ts';

const defaultCapture = 1024 * 1024;

export function currentPlatform(): Platform {
  return process.platform === 'win32' ? 'windows' : process.platform === 'darwin' ? 'macos' : 'linux';
}

/**
 * ProcessRunner over node:child_process: no shell unless asked, own process group, tree kill. It does
 * not confine what it starts (`isolation: none`); code under judgement runs through `createJudgedRunner`.
 */
export function createNodeProcessRunner(platform: Platform = currentPlatform()): ProcessRunner {
  return { platform, isolation: { mode: 'none', reason: 'started without a sandbox' }, run: (request) => runProcess(request, platform) };
}

function runProcess(request: ProcessRequest, platform: Platform): Promise<ProcessResult> {
  const started = performance.now();
  const program = 'argv' in request && platform === 'windows' ? windowsProgramArgv(request.argv) : undefined;
  if (program && !program.ok) {
    return Promise.resolve({ exitCode: undefined, signal: undefined, timedOut: false, aborted: false, startError: program.reason, durationMs: 0, stdout: '', stderr: '', truncated: false });
  }
  const { argv, verbatim } = program?.ok ? program : 'argv' in request ? { argv: request.argv, verbatim: false } : shellArgv(request.shell, request.script);
  const cap = request.maxCaptureBytes ?? defaultCapture;
  return new Promise((resolve) => {
    const out = new CappedText(cap);
    const err = new CappedText(cap);
    let timedOut = false;
    let aborted = false;
    let settled = false;
    const child = spawn(argv[0], argv.slice(1), {
      cwd: request.cwd,
      env: request.env,
      shell: false,
      detached: process.platform !== 'win32',
      windowsHide: true,
      windowsVerbatimArguments: verbatim,
      stdio: [request.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const finish = (result: Partial<ProcessResult>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      resolve({
        exitCode: undefined, signal: undefined, startError: undefined, ...result,
        timedOut, aborted, durationMs: performance.now() - started,
        stdout: out.text(), stderr: err.text(), truncated: out.truncated || err.truncated,
      });
    };
    const timer = request.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      killProcessTree(child);
    }, request.timeoutMs);
    const onAbort = () => {
      aborted = true;
      killProcessTree(child);
    };
    if (request.signal?.aborted) onAbort();
    else request.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out.push(chunk);
      request.onOutput?.(chunk, 'stdout');
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err.push(chunk);
      request.onOutput?.(chunk, 'stderr');
    });
    if (request.input !== undefined) child.stdin!.end(request.input);
    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'ENOENT' ? `command not found: ${argv[0]}` : error.code === 'EACCES' ? `not executable: ${argv[0]}` : error.message;
      finish({ startError: reason });
    });
    child.on('exit', (code, signal) => {
      // A killed tree's escaped grandchild may hold the pipes open; do not wait for it forever.
      if (!timedOut && !aborted) return;
      setTimeout(() => {
        child.stdout!.destroy();
        child.stderr!.destroy();
        finish({ exitCode: code ?? undefined, signal: signal ?? undefined });
      }, 1_000).unref();
    });
    child.on('close', (code, signal) => {
      if (timedOut || aborted) killProcessTree(child); // grandchildren may still hold the group
      finish({ exitCode: code ?? undefined, signal: signal ?? undefined });
    });
  });
}

/** Keeps the last `cap` characters of a stream: the end of a log is where the failure is. */
class CappedText {
  private chunks: string[] = [];
  private size = 0;
  truncated = false;
  constructor(private readonly cap: number) {}

  push(chunk: string): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.cap && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
      this.truncated = true;
    }
    if (this.size > this.cap) {
      const only = this.chunks[0]!;
      this.chunks = [only.slice(only.length - this.cap)];
      this.size = this.cap;
      this.truncated = true;
    }
  }

  text(): string {
    return this.chunks.join('');
  }
}
