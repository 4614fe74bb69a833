import { headerOf, statusOf } from './github-request.ts';

export interface RetryOptions {
  /** Injected so tests run instantly; production passes a real timer. */
  readonly sleep: (ms: number) => Promise<void>;
  /** Total tries, first included. Default 4. */
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  /** A `retry-after` longer than this is not waited for (the webhook must answer within 10 s). Default 60 s. */
  readonly maxDelayMs?: number;
  readonly onRetry?: (info: { readonly attempt: number; readonly delayMs: number; readonly status: number | undefined }) => void;
}

/**
 * Runs `operation` again after 5xx answers, network faults and GitHub's secondary rate limits (403/429
 * with `retry-after`, or an exhausted `x-ratelimit-remaining`), honouring `retry-after`. Callers pass a
 * whole idempotent `ensure*` step, so a write that landed before its answer was lost is found, not
 * repeated, on the next try. Other 4xx answers are final and rethrown at once.
 */
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delayMs = retryDelay(error, attempt, options);
      if (delayMs === undefined || attempt >= attempts) throw error;
      options.onRetry?.({ attempt, delayMs, status: statusOf(error) });
      await options.sleep(delayMs);
    }
  }
}

/** How long to wait before the next try, or undefined when the error is not worth retrying. */
export function retryDelay(error: unknown, attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'> = {}): number | undefined {
  const status = statusOf(error);
  const base = options.baseDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 60_000;
  const backoff = Math.min(max, base * 2 ** (attempt - 1));
  if (status === undefined) return isNetworkFault(error) ? backoff : undefined;
  if (status >= 500) return backoff;
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(headerOf(error, 'retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1_000 <= max ? retryAfter * 1_000 : undefined;
  if (headerOf(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(headerOf(error, 'x-ratelimit-reset'));
    return Number.isFinite(reset) ? undefined : backoff;
  }
  const message = String((error as { message?: unknown }).message ?? '');
  return /secondary rate limit/i.test(message) ? backoff : undefined;
}

function isNetworkFault(error: unknown): boolean {
  const text = `${(error as { name?: unknown })?.name ?? ''} ${(error as { message?: unknown })?.message ?? ''} ${(error as { code?: unknown })?.code ?? ''}`;
  return /timeout|timed out|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|fetch failed|network/i.test(text);
}
