import type { RecordedCall } from './github-api.ts';

/** The GETs of one delivery's `calls` that repeat an earlier one (same path and query): reads asked twice. */
export function duplicateGets(calls: readonly RecordedCall[]): string[] {
  const seen = new Set<string>();
  return calls.filter((call) => call.method === 'GET').map((call) => `GET ${call.path}`).filter((key) => seen.has(key) || void seen.add(key));
}
