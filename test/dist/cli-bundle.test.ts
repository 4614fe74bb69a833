import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The committed bundle is what users and the Action run; it must work on its own.
describe('dist/cli.js', () => {
  it('validates the sample project and prints its version', () => {
    const output = execFileSync(process.execPath, ['dist/cli.js', 'validate', '--repo', 'examples/sample-project'], { encoding: 'utf8' });
    expect(output).toContain('files valid');
    expect(execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 on bad usage with a one-line message', () => {
    const result = spawnSync(process.execPath, ['dist/cli.js', 'no-such-command'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown command 'no-such-command'");
  });
});
