import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeProcessRunner } from '../../../src/adapters/process/node-process-runner.ts';
import { buildEnvironment } from '../../../src/core/env/build-environment.ts';
import { waitForExit } from '../../helpers/process-alive.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const runner = createNodeProcessRunner();
const env = buildEnvironment(process.env, { platform: runner.platform }).env;


describe('node process runner', () => {
  it('returns a non-zero exit as data, with output captured', async () => {
    const result = await runner.run({ argv: [process.execPath, '-e', 'console.log("out"); console.error("err"); process.exit(3)'], cwd: process.cwd(), env });
    expect(result).toMatchObject({ exitCode: 3, timedOut: false, stdout: 'out\n', stderr: 'err\n', startError: undefined });
  });

  it('kills the whole process tree on timeout, grandchildren included', async () => {
    const dir = await makeTempDir();
    const pidFile = join(dir, 'grandchild.pid');
    const script = `const { spawn } = require('node:child_process'); const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(() => {}, 1000);`;
    const result = await runner.run({ argv: [process.execPath, '-e', script], cwd: dir, env, timeoutMs: 1_000 });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).toBeUndefined();
    const grandchild = Number(await readFile(pidFile, 'utf8'));
    expect(await waitForExit(grandchild)).toBe(true);
  });

  it('reports a command that does not exist as a start error', async () => {
    const result = await runner.run({ argv: ['shopfloor-no-such-command'], cwd: process.cwd(), env });
    expect(result.startError).toBe('command not found: shopfloor-no-such-command');
  });

  it('runs scripts through bash with pipefail, the way Actions does', async () => {
    const result = await runner.run({ script: 'false | true; echo after', shell: 'bash', cwd: process.cwd(), env });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('passes no variable that is not allowlisted', async () => {
    const source = { PATH: process.env.PATH, HOME: '/home/x', GITHUB_TOKEN: 'ghs_secret', MY_API_KEY: 'k', ALLOWED: 'yes' };
    const { env: childEnv, withheld } = buildEnvironment(source, { platform: 'linux', allow: ['ALLOWED'] });
    const result = await runner.run({ argv: [process.execPath, '-e', 'console.log(JSON.stringify(Object.keys(process.env).sort()))'], cwd: process.cwd(), env: childEnv });
    expect(JSON.parse(result.stdout)).toEqual(['ALLOWED', 'HOME', 'PATH']);
    expect(withheld).toEqual(['GITHUB_TOKEN', 'MY_API_KEY']);
  });

  it('keeps only the tail of huge output in memory and says so', async () => {
    const result = await runner.run({ argv: [process.execPath, '-e', 'for (let i = 0; i < 20000; i++) console.log("line " + i)'], cwd: process.cwd(), env, maxCaptureBytes: 1_000 });
    expect(result.truncated).toBe(true);
    expect(result.stdout.length).toBeLessThanOrEqual(1_000);
    expect(result.stdout.endsWith('line 19999\n')).toBe(true);
  });

  it('stops on abort', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const result = await runner.run({ argv: [process.execPath, '-e', 'setInterval(() => {}, 1000)'], cwd: process.cwd(), env, signal: controller.signal });
    expect(result.aborted).toBe(true);
  });
});

describe('buildEnvironment on Windows', () => {
  it('matches names case-insensitively, so github_token cannot slip past GITHUB_TOKEN', () => {
    const { env: childEnv } = buildEnvironment({ Path: 'C:\\Windows', github_token: 'x', SystemRoot: 'C:\\Windows', npm_config_registry: 'r' }, { platform: 'windows', allow: ['NPM_CONFIG_REGISTRY'] });
    expect(Object.keys(childEnv).sort()).toEqual(['Path', 'SystemRoot', 'npm_config_registry']);
  });

  it('never passes a credential-looking base name unless named exactly', () => {
    const { env: childEnv } = buildEnvironment({ PATH: '/bin', HOME: '/h' }, { platform: 'linux', set: { SHOPFLOOR_RUN: '1' } });
    expect(childEnv).toEqual({ PATH: '/bin', HOME: '/h', SHOPFLOOR_RUN: '1' });
  });
});
