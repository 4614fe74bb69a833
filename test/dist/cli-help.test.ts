import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const commands = ['validate', 'new', 'init', 'roadmap', 'implement', 'verify', 'report', 'report verify', 'report show', 'report keygen', 'report prune', 'canary', 'bisect', 'revert', 'metrics', 'run', 'approve', 'serve', 'demo'];

const required: Readonly<Record<string, readonly string[]>> = { bisect: ['--good'], new: ['--title'], approve: ['--sha'] };

describe('dist/cli.js --help', () => {
  it.each(commands)('%s shows one example and marks its required options', async (command) => {
    const dir = await makeTempDir();
    const result = await runBuiltCli([...command.split(' '), '--help'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/\nExample:\n {2}shopfloor /g)).toHaveLength(1);
    for (const option of required[command] ?? []) expect(result.stdout).toMatch(new RegExp(`${option} <[^>]+>\\s+\\(required\\)`));
  });
});
