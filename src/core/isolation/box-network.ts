/**
 * How a box with an allowlist reaches the network (Linux): it keeps its own network namespace (only its
 * loopback), and a forwarder inside it listens on `127.0.0.1:<boxProxyPort>` and pipes every connection
 * to the allowlist proxy's Unix socket, bound in at `boxProxySocket`. Nothing else leaves the box.
 */
export const boxProxyPort = 3128;

/** Where the proxy's socket appears inside the box. */
export const boxProxySocket = '/run/shopfloor/proxy.sock';

/** The proxy variables the box's programs read (curl, git, npm, pip, most SDKs); loopback goes direct. */
export function proxyEnvironment(port: number = boxProxyPort): Record<string, string> {
  const url = `http://127.0.0.1:${port}`;
  return { HTTPS_PROXY: url, HTTP_PROXY: url, https_proxy: url, http_proxy: url, NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' };
}

/** The `bwrap` arguments that bind the proxy's socket into the box (after the system binds). */
export function proxySocketBind(hostSocket: string): string[] {
  return ['--bind', hostSocket, boxProxySocket];
}

/**
 * The command line inside the box: `node -e <forwarder> -- <port> <socket> <command…>`. The forwarder
 * starts the command once it listens, and exits with it; the PID namespace ends it with the box.
 */
export function forwardedCommand(node: string, forwarder: string, command: readonly string[], port: number = boxProxyPort): string[] {
  return [node, '-e', forwarder, '--', String(port), boxProxySocket, ...command];
}

/** The run-document words for a network limited to hosts by the proxy. */
export function describeAllowedNetwork(allow: readonly string[]): string {
  return `network: only ${allow.join(', ')} (enforced by proxy)`;
}
