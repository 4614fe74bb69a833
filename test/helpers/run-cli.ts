import { runCli } from '../../src/entrypoints/cli/run-cli.ts';

/** Runs the CLI in-process, as a user would type it, and captures what it printed. */
export async function runShopfloor(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd,
    env: options.env ?? {},
    isTTY: false,
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}
