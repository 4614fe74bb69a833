/**
 * The hidden marker that makes a GitHub write idempotent: every comment or issue body Shopfloor writes
 * starts with `<!-- shopfloor:key=<key> -->`, and `ensure*` finds an existing one by it before creating.
 */
const keyPattern = /^[A-Za-z0-9][A-Za-z0-9._:/#=-]{0,199}$/;

/** Keys come from ids Shopfloor made (work order, run, delivery), never from user text; a bad one is a bug. */
export function keyMarker(key: string): string {
  if (!keyPattern.test(key) || key.includes('--')) throw new Error(`forge key "${key.slice(0, 80)}" is not a safe marker key`);
  return `<!-- shopfloor:key=${key} -->`;
}

/** The body with its key marker as the first line (an existing marker line is replaced, not doubled). */
export function withKeyMarker(key: string, body: string): string {
  return `${keyMarker(key)}\n${body.replace(/^<!-- shopfloor:key=[^\n]*-->\n/, '')}`;
}

/** True when `body` was written for `key`: the marker must be the first line, so a quote of it does not count. */
export function hasKeyMarker(body: string, key: string): boolean {
  return body.startsWith(`${keyMarker(key)}\n`) || body === keyMarker(key);
}
