/** Statuses worth retrying: rate limits, timeouts, and server errors. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * How long to wait before attempt `attempt + 1`: the server's `retry-after-ms` or `retry-after` (seconds or
 * an HTTP date) when present, else exponential backoff; always capped so a hostile header cannot hang a run.
 */
export function retryDelayMs(headers: Headers | undefined, attempt: number, nowMs: number, options: { readonly baseMs: number; readonly maxMs: number }): number {
  const capped = (ms: number) => Math.min(Math.max(0, ms), options.maxMs);
  const retryAfterMs = headers?.get('retry-after-ms');
  if (retryAfterMs && /^\d+(\.\d+)?$/.test(retryAfterMs.trim())) return capped(Number(retryAfterMs));
  const retryAfter = headers?.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return capped(Number(retryAfter) * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return capped(date - nowMs);
  }
  return capped(options.baseMs * 2 ** attempt);
}
