/** One `agents.network.allow` entry: an exact host or `*.domain` (subdomains only), with an optional port. */
export interface AllowEntry {
  readonly host: string;
  readonly wildcard: boolean;
  /** Undefined: the web ports, 443 and 80. */
  readonly port: number | undefined;
}

/** What an entry may look like: `api.openai.com`, `*.googleapis.com`, `example.com:8443`, `[::1]:8080`. */
export const allowEntryPattern = /^((\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(:[0-9]{1,5})?$/i;

const webPorts: readonly number[] = [443, 80];

/** The entry parsed, or undefined when it is not a host (the policy schema refuses those first). */
export function parseAllowEntry(entry: string): AllowEntry | undefined {
  if (!allowEntryPattern.test(entry)) return undefined;
  const wildcard = entry.startsWith('*.');
  const rest = wildcard ? entry.slice(2) : entry;
  const colon = rest.lastIndexOf(':');
  const hasPort = colon !== -1 && !rest.slice(colon).includes(']');
  const port = hasPort ? Number(rest.slice(colon + 1)) : undefined;
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  return { host: normalizeHost(hasPort ? rest.slice(0, colon) : rest), wildcard, port };
}

/** Lower case, no trailing dot, no IPv6 brackets: how hosts are compared. */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower;
}

/**
 * Whether a connection to `host:port` is allowed: an entry for exactly that host, or a `*.domain` entry
 * for a subdomain of it (not the domain itself), on the entry's port or, without one, on 443 or 80.
 */
export function isHostAllowed(allow: readonly string[], host: string, port: number): boolean {
  const wanted = normalizeHost(host);
  return allow.some((text) => {
    const entry = parseAllowEntry(text);
    if (!entry) return false;
    const portOk = entry.port === undefined ? webPorts.includes(port) : entry.port === port;
    const hostOk = entry.wildcard ? wanted.endsWith(`.${entry.host}`) : wanted === entry.host;
    return portOk && hostOk;
  });
}
