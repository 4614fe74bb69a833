import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBubblewrapRunner } from '../../../src/adapters/process/bubblewrap-runner.ts';
import { probeBubblewrap } from '../../../src/adapters/process/create-judged-runner.ts';
import { waitForNoProcess } from '../../helpers/process-alive.ts';
import { requireSandbox } from '../../helpers/sandbox.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

function boxedRunner() {
  requireSandbox();
  const probe = probeBubblewrap();
  if (!probe.ok) throw new Error(probe.detail);
  return createBubblewrapRunner({ bwrap: probe.bwrap, version: probe.version });
}

const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', CANARY_VISIBLE: 'yes' };

describe('the bubblewrap runner', () => {
  it('shows the box only its own processes, the environment it was given and the work copy', async () => {
    const runner = boxedRunner();
    const root = await makeTempDir('shopfloor-box-');
    const outside = await makeTempDir('shopfloor-outside-');
    await writeFile(join(outside, 'secret.txt'), 'not for the box\n');
    const result = await runner.run({
      script: `ls /proc | grep -E '^[0-9]+$' | wc -l; echo "env=$CANARY_VISIBLE home=$HOME"; cat ${outside}/secret.txt 2>&1 || true; echo made > inside.txt; touch /usr/planted 2>&1 || true`,
      shell: 'bash', cwd: root, env, box: { root },
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const [count, ...rest] = result.stdout.trim().split('\n');
    // bash, ls, grep, wc and the box's init: a handful, never the host's hundreds.
    expect(Number(count)).toBeLessThan(10);
    expect(rest.join('\n')).toContain('env=yes home=/tmp/home');
    expect(rest.join('\n')).toMatch(/No such file or directory/);
    expect(rest.join('\n')).toMatch(/Read-only file system/);
    expect(existsSync(join(root, 'inside.txt'))).toBe(true);
    expect(runner.isolation.mode).toBe('bubblewrap');
  });

  it('ends every process the command started when it ends, daemons included', async () => {
    const runner = boxedRunner();
    const root = await makeTempDir('shopfloor-box-');
    const token = `box-daemon-${process.pid}-${Date.now()}`;
    const result = await runner.run({ script: `setsid sh -c 'sleep 30 # ${token}' & sleep 0.2; echo started`, shell: 'bash', cwd: root, env, box: { root } });
    expect(result.stdout).toContain('started');
    expect(await waitForNoProcess(token, 5000)).toBe(true);
  });

  it('masks hidden paths, keeps the network off unless asked, and refuses a cwd outside the work copy', async () => {
    const runner = boxedRunner();
    const root = await makeTempDir('shopfloor-box-');
    await mkdir(join(root, '.git'));
    await writeFile(join(root, '.git', 'config'), '[http] extraheader = AUTHORIZATION: basic c2VjcmV0\n');
    const masked = await runner.run({ script: 'ls -A .git | wc -l; cat /sys/class/net/*/operstate 2>/dev/null | wc -l; ls /sys/class/net', shell: 'bash', cwd: root, env, box: { root, hide: [join(root, '.git')] } });
    const [entries] = masked.stdout.trim().split('\n');
    expect(entries).toBe('0');
    expect(masked.stdout).not.toMatch(/eth0|ens|enp/);
    const outside = await runner.run({ argv: ['true'], cwd: '/tmp', env, box: { root } });
    expect(outside.startError).toContain('outside its work copy');
  });
});
