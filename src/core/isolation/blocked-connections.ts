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

/** Refused connections counted per `host:port` as they come, in constant memory per target. */
export type BlockedCounts = Map<string, { count: number; firstAt: number }>;

/** Counts one refused connection; true when its `host:port` is seen for the first time. */
export function countBlocked(counts: BlockedCounts, entry: RefusedConnection): boolean {
  const target = `${entry.host.includes(':') ? `[${entry.host}]` : entry.host}:${entry.port}`;
  const seen = counts.get(target);
  if (seen) seen.count += 1;
  else counts.set(target, { count: 1, firstAt: entry.at });
  return seen === undefined;
}

/** The counts as a list, first seen first. */
export function blockedTally(counts: BlockedCounts): BlockedTally[] {
  return [...counts].map(([target, { count, firstAt }]) => ({ target, count, firstAt }));
}

/** Counts refused connections per `host:port`, first seen first. */
export function tallyBlocked(refused: readonly RefusedConnection[]): BlockedTally[] {
  const counts: BlockedCounts = new Map();
  for (const entry of refused) countBlocked(counts, entry);
  return blockedTally(counts);
}

/** The run-document line for the blocked connections ("blocked connections: evil.test:443 (2, first at …)"). */
export function describeBlocked(refused: readonly RefusedConnection[]): string {
  return describeBlockedTally(tallyBlocked(refused));
}

export function describeBlockedTally(tally: readonly BlockedTally[]): string {
  if (tally.length === 0) return 'blocked connections: none';
  return `blocked connections: ${tally.map((entry) => `${entry.target} (${entry.count}×, first at ${new Date(entry.firstAt).toISOString()})`).join(', ')}`;
}
