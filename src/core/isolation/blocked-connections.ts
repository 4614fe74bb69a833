/** One connection the allowlist proxy refused. */
export interface RefusedConnection {
  readonly host: string;
  readonly port: number;
  /** Milliseconds since the epoch. */
  readonly at: number;
}

/** Refused connections per host:port, in the order first seen. */
export interface BlockedTally {
  readonly target: string;
  readonly count: number;
  readonly firstAt: number;
}

/** Counts refused connections per `host:port`, first seen first. */
export function tallyBlocked(refused: readonly RefusedConnection[]): BlockedTally[] {
  const byTarget = new Map<string, { count: number; firstAt: number }>();
  for (const entry of refused) {
    const target = `${entry.host.includes(':') ? `[${entry.host}]` : entry.host}:${entry.port}`;
    const seen = byTarget.get(target);
    if (seen) seen.count += 1;
    else byTarget.set(target, { count: 1, firstAt: entry.at });
  }
  return [...byTarget].map(([target, { count, firstAt }]) => ({ target, count, firstAt }));
}

/** The run-document line for the blocked connections ("blocked connections: evil.test:443 (2, first at …)"). */
export function describeBlocked(refused: readonly RefusedConnection[]): string {
  const tally = tallyBlocked(refused);
  if (tally.length === 0) return 'blocked connections: none';
  return `blocked connections: ${tally.map((entry) => `${entry.target} (${entry.count}×, first at ${new Date(entry.firstAt).toISOString()})`).join(', ')}`;
}
