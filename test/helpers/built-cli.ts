import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The bundled CLI users run; build it with `npm run build` first. SHOPFLOOR_BUILT_CLI points the tests at
 * another bundle (e.g. main's, to see a test fail there).
 */
export const builtCli = resolve(process.env.SHOPFLOOR_BUILT_CLI ?? resolve(import.meta.dirname, '../../dist/cli.js'));

export interface BuiltCliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/cli.js ...args` as a user would, in `cwd`, with `env` added to a minimal environment.
 * A missing bundle fails the test with the fix. `onSpawn` gets the child (to send it signals).
 */
export function runBuiltCli(args: readonly string[], options: { cwd: string; env?: Record<string, string>; input?: string; onSpawn?: (child: ChildProcess) => void; timeoutMs?: number }): Promise<BuiltCliResult> {
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing; run "npm run build" and run the test again`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [builtCli, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdin.end(options.input ?? '');
    // A hung command is a failure the test must see, not a hung suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
    options.onSpawn?.(child);
  });
}
