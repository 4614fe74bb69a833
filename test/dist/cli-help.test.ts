import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** Options commander refuses to run without; each must say "(required)" in its command's --help. */
const required: Readonly<Record<string, readonly string[]>> = { bisect: ['--good'], new: ['--title'], approve: ['--sha'] };

/** The command names listed under "Commands:" of one --help text (commander's own `help` excluded). */
function listedCommands(help: string): string[] {
  const section = help.split(/\nCommands:\n/)[1]?.split(/\n\n/)[0] ?? '';
  return section.split('\n').map((line) => /^ {2}([a-z][a-z-]*)\b/.exec(line)?.[1]).filter((name): name is string => name !== undefined && name !== 'help');
}

async function help(command: readonly string[], cwd: string): Promise<string> {
  const result = await runBuiltCli([...command, '--help'], { cwd });
  expect(result.code, `shopfloor ${command.join(' ')} --help`).toBe(0);
  return result.stdout;
}

describe('dist/cli.js --help', () => {
  it('every command, found by walking the help itself, shows one example and marks its required options', async () => {
    const dir = await makeTempDir();
    const seen: string[] = [];
    const queue: string[][] = [[]];
    while (queue.length > 0) {
      const command = queue.shift()!;
      const text = await help(command, dir);
      const name = command.join(' ') || 'shopfloor';
      seen.push(name);
      expect(text.match(/\nExample:\n {2}shopfloor /g), `${name} --help shows one example`).toHaveLength(1);
      for (const option of required[name] ?? []) expect(text, `${name} --help marks ${option}`).toMatch(new RegExp(`${option} <[^>]+>\\s+\\(required\\)`));
      // Nothing else claims to be required: the table above is the whole truth, and stays in step.
      const marked = [...text.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)[^\n]*\(required\)/gm)].map((m) => m[1]);
      expect(marked, `${name}: options marked required`).toEqual([...(required[name] ?? [])]);
      for (const sub of listedCommands(text)) queue.push([...command, sub]);
    }
    // The walk reached every command (a command missing from the top-level list would not be walked).
    expect(seen).toEqual(expect.arrayContaining(['validate', 'new', 'init', 'roadmap', 'implement', 'verify', 'report', 'report verify', 'report show', 'report keygen', 'report prune', 'canary', 'bisect', 'revert', 'metrics', 'run', 'approve', 'serve', 'demo']));
  }, 120_000);
});
