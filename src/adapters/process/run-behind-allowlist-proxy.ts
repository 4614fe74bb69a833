import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RefusedConnection } from '../../core/isolation/blocked-connections.ts';
import { forwardedCommand, proxyEnvironment, proxySocketBind } from '../../core/isolation/box-network.ts';
import type { ProcessRequest, ProcessResult, ProcessRunner } from '../../ports/process-runner.ts';
import { startAllowlistProxy, type Connector } from './allowlist-proxy.ts';
import { boxForwarderScript } from './box-forwarder-script.ts';

type PlainRequest = Omit<ProcessRequest, 'argv' | 'script' | 'shell' | 'box' | 'onNetworkRefused'>;

/**
 * Runs one boxed command that may reach only `allow`: starts the allowlist proxy on a Unix socket in a
 * private temp directory (0700, removed afterwards), binds the socket into the box, runs the command
 * behind the in-box forwarder with the proxy variables set, and closes the proxy when the command ends.
 * The box itself has no network of its own (`boxArgv` builds it with the network unshared).
 */
export async function runBehindAllowlistProxy(run: {
  readonly inner: ProcessRunner;
  readonly request: PlainRequest;
  readonly boxArgv: (extraBinds: readonly string[]) => string[];
  readonly command: readonly string[];
  readonly allow: readonly string[];
  readonly onRefused: (connection: RefusedConnection) => void;
  readonly connect?: Connector;
}): Promise<ProcessResult> {
  const dir = await mkdtemp(join(tmpdir(), 'shopfloor-net-'));
  try {
    const socketPath = join(dir, 'proxy.sock');
    const proxy = await startAllowlistProxy({ socketPath, allow: run.allow, onRefused: run.onRefused, ...(run.connect ? { connect: run.connect } : {}) });
    try {
      const argv = [...run.boxArgv(proxySocketBind(socketPath)), '--', ...forwardedCommand(process.execPath, boxForwarderScript, run.command)];
      return await run.inner.run({ ...run.request, env: { ...run.request.env, ...proxyEnvironment() }, argv: argv as [string, ...string[]] });
    } finally {
      await proxy.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
