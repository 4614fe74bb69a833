import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBubblewrapRunner } from '../../../src/adapters/process/bubblewrap-runner.ts';
import { probeBubblewrap } from '../../../src/adapters/process/create-judged-runner.ts';
import type { RefusedConnection } from '../../../src/core/isolation/blocked-connections.ts';
import { waitForNoProcess } from '../../helpers/process-alive.ts';
import { requireSandbox } from '../../helpers/sandbox.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const client = join(import.meta.dirname, '../../fixtures/network/boxed-client.mjs');
const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
// A local web server outside the box stands in for the model API; the proxy reaches it as allowed.test.
const server = createServer((request, response) => response.end(`served ${request.url} for ${request.headers.host}`));
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function boxedRunner() {
  requireSandbox();
  const probe = probeBubblewrap();
  if (!probe.ok) throw new Error(probe.detail);
  return createBubblewrapRunner({ bwrap: probe.bwrap, version: probe.version, connect: (host) => connect({ host: '127.0.0.1', port: host === 'allowed.test' ? port : 1 }) });
}

describe('a box with agents.network.allow', () => {
  it('reaches allowed hosts through the proxy only, and reports every refused host:port', async () => {
    const runner = boxedRunner();
    const root = await makeTempDir('shopfloor-box-');
    const refused: RefusedConnection[] = [];
    const result = await runner.run({
      argv: ['node', client, 'allowed.test', 'evil.test', String(port)], cwd: root, env,
      box: { root, readOnly: [client], network: true, allowHosts: ['allowed.test', '*.example.org'] },
      onNetworkRefused: (connection) => refused.push(connection),
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const seen = JSON.parse(result.stdout) as Record<string, string>;
    expect(seen).toMatchObject({
      proxyEnv: 'http://127.0.0.1:3128',
      plain: '200 served /plain for allowed.test',
      tunnel: 'served /through-tunnel for allowed.test:443',
      refusedPlain: expect.stringMatching(/^403 .*evil\.test:80 is not in agents\.network\.allow/),
      refusedTunnel: 'refused 403',
      wrongPort: 'refused 403',
    });
    // Without the proxy nothing gets out: the box's loopback is its own, and it has no route or DNS.
    expect(seen.directLoopback).toBe('ECONNREFUSED');
    expect(seen.directOutside).toMatch(/ENETUNREACH|EHOSTUNREACH|ECONNREFUSED/);
    expect(seen.dns).not.toBe('resolved');
    expect(refused.map((entry) => `${entry.host}:${entry.port}`)).toEqual(['evil.test:80', 'evil.test:443', 'allowed.test:22']);
    expect(refused.every((entry) => typeof entry.at === 'number' && entry.at > 0)).toBe(true);
  });

  it('passes the command its stdin and exit code through the forwarder, and binds no proxy without allowHosts', async () => {
    const runner = boxedRunner();
    const root = await makeTempDir('shopfloor-box-');
    const piped = await runner.run({ script: 'read line; echo "got $line"; exit 7', shell: 'bash', cwd: root, env, input: 'hello\n', box: { root, network: true, allowHosts: ['allowed.test'] } });
    expect(piped.stdout).toBe('got hello\n');
    expect(piped.exitCode).toBe(7);
    const closed = await runner.run({ script: 'echo "proxy=${HTTPS_PROXY:-none}"; ls /run/shopfloor 2>&1', shell: 'bash', cwd: root, env, box: { root } });
    expect(closed.stdout).toContain('proxy=none');
    expect(closed.stdout).toContain('No such file or directory');
  });

  it('ends the forwarder and everything the command started with the box', async () => {
    const runner = boxedRunner();
    const root = await makeTempDir('shopfloor-box-');
    // The token is on the forwarder's command line too (it carries the command), so both must be gone.
    const token = `net-daemon-${process.pid}-${Date.now()}`;
    const result = await runner.run({ script: `setsid sh -c 'sleep 30 # ${token}' & sleep 0.2; echo started`, shell: 'bash', cwd: root, env, box: { root, network: true, allowHosts: ['allowed.test'] } });
    expect(result.stdout).toContain('started');
    expect(await waitForNoProcess(token, 5000)).toBe(true);
  });
});
