import type { Redactor } from './redact-secrets.ts';

/**
 * Redacts a stream of text a line at a time. Chunks are held back until a line ends, so a secret split
 * across two chunks is still caught; `flush` releases the rest at the end.
 */
export function createLineRedactor(redact: Redactor): { readonly push: (chunk: string) => string; readonly flush: () => string } {
  let pending = '';
  return {
    push: (chunk) => {
      pending += chunk;
      const end = pending.lastIndexOf('\n');
      if (end < 0) return '';
      const ready = pending.slice(0, end + 1);
      pending = pending.slice(end + 1);
      return redact(ready);
    },
    flush: () => {
      const rest = redact(pending);
      pending = '';
      return rest;
    },
  };
}
