import { describe, expect, it } from 'vitest';
import { planAgentNetwork } from '../../../src/core/isolation/agent-network.ts';
import { describeBlocked, tallyBlocked } from '../../../src/core/isolation/blocked-connections.ts';
import { forwardedCommand, proxyEnvironment } from '../../../src/core/isolation/box-network.ts';
import type { Isolation } from '../../../src/core/isolation/process-box.ts';

const bubblewrap: Isolation = { mode: 'bubblewrap', version: '0.8.0' };
const windows: Isolation = { mode: 'windows-job', version: '1.0', identity: 'restricted-token' };
const none: Isolation = { mode: 'none', reason: 'no bwrap' };

describe('planAgentNetwork', () => {
  it.each([
    [bubblewrap, true, ['api.openai.com'], { network: true, allowHosts: ['api.openai.com'], description: 'network: only api.openai.com (enforced by proxy)' }],
    [bubblewrap, true, [], { network: true, description: 'network: every host' }],
    [bubblewrap, false, [], { network: false, description: 'network: off' }],
    [bubblewrap, false, ['api.openai.com'], { network: false, description: 'network: off (isolation.network.agents is false, so agents.network.allow is not used)' }],
    [windows, true, ['api.openai.com'], { network: true, description: 'network: every host (the Windows box cannot turn it off); agents.network.allow lists api.openai.com, but the Windows box cannot filter the network by host (not enforced), and blocked connections cannot be listed' }],
    [windows, false, [], { network: true, description: 'network: every host (the Windows box cannot turn it off)' }],
    [none, true, ['api.openai.com'], { network: true, description: 'network: every host; agents.network.allow lists api.openai.com, but without a sandbox nothing filters the network (not enforced), and blocked connections cannot be listed' }],
  ] as const)('%o, network %s, allow %j', (isolation, on, allow, plan) => {
    expect(planAgentNetwork(isolation, on, allow)).toEqual(plan);
  });
});

describe('blocked connections', () => {
  const refused = [
    { host: 'evil.test', port: 443, at: Date.UTC(2026, 0, 1, 12) },
    { host: 'api.openai.com', port: 22, at: Date.UTC(2026, 0, 1, 12, 1) },
    { host: 'evil.test', port: 443, at: Date.UTC(2026, 0, 1, 12, 2) },
    { host: '::1', port: 9000, at: Date.UTC(2026, 0, 1, 12, 3) },
  ];

  it('counts per host:port, first seen first', () => {
    expect(tallyBlocked(refused)).toEqual([
      { target: 'evil.test:443', count: 2, firstAt: Date.UTC(2026, 0, 1, 12) },
      { target: 'api.openai.com:22', count: 1, firstAt: Date.UTC(2026, 0, 1, 12, 1) },
      { target: '[::1]:9000', count: 1, firstAt: Date.UTC(2026, 0, 1, 12, 3) },
    ]);
  });

  it('says so in one line, none included', () => {
    expect(describeBlocked(refused.slice(0, 2))).toBe('blocked connections: evil.test:443 (1×, first at 2026-01-01T12:00:00.000Z), api.openai.com:22 (1×, first at 2026-01-01T12:01:00.000Z)');
    expect(describeBlocked([])).toBe('blocked connections: none');
  });
});

describe('the box side of the proxy', () => {
  it('points every proxy variable at the forwarder and lets loopback go direct', () => {
    expect(proxyEnvironment(3128)).toMatchObject({ HTTPS_PROXY: 'http://127.0.0.1:3128', http_proxy: 'http://127.0.0.1:3128', NO_PROXY: 'localhost,127.0.0.1' });
  });

  it('starts the command behind the forwarder, after `--` so node reads none of its arguments', () => {
    expect(forwardedCommand('/usr/bin/node', 'SCRIPT', ['claude', '--version'])).toEqual(['/usr/bin/node', '-e', 'SCRIPT', '--', '3128', '/run/shopfloor/proxy.sock', 'claude', '--version']);
  });
});
