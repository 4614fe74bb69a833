import { headerOf, statusOf } from './github-request.ts';
import { GraphQlRateLimitError } from './send-graphql.ts';

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
 * Runs `operation` again after 5xx answers, network faults and GitHub's rate limits (`rateLimitDelay`),
 * honouring `retry-after`. Callers pass a whole idempotent `ensure*` step, so a write that landed before
 * its answer was lost is found, not repeated, on the next try. Other 4xx answers are final and rethrown
 * at once. `delayOf` narrows what is retried (`rateLimitDelay` alone for a write that must not be repeated
 * blind).
 */
export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions, delayOf: typeof retryDelay = retryDelay): Promise<T> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delayMs = delayOf(error, attempt, options);
      if (delayMs === undefined || attempt >= attempts) throw error;
      options.onRetry?.({ attempt, delayMs, status: statusOf(error) });
      await options.sleep(delayMs);
    }
  }
}

type DelayOptions = Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>;

/** How long to wait before the next try, or undefined when the error is not worth retrying. */
export function retryDelay(error: unknown, attempt: number, options: DelayOptions = {}): number | undefined {
  const status = statusOf(error);
  if (mayBeRateLimit(error)) return rateLimitDelay(error, attempt, options);
  if (status === undefined) return isNetworkFault(error) ? backoff(attempt, options) : undefined;
  return status >= 500 ? backoff(attempt, options) : undefined;
}

/**
 * How long to wait before sending again a call GitHub refused for a rate limit, or undefined when the error
 * is not one or the wait is not worth it: `retry-after` up to `maxDelayMs`; none for a spent primary limit
 * with its `x-ratelimit-reset` (up to an hour away); else backoff. REST says a rate limit with 403/429,
 * GraphQL with 200 (`GraphQlRateLimitError`) or 403; either way the call did not run, so sending it again
 * is safe even for a write
 * (https://docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#exceeding-the-rate-limit).
 */
export function rateLimitDelay(error: unknown, attempt: number, options: DelayOptions = {}): number | undefined {
  if (!mayBeRateLimit(error)) return undefined;
  const max = options.maxDelayMs ?? 60_000;
  const retryAfter = Number(headerOf(error, 'retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1_000 <= max ? retryAfter * 1_000 : undefined;
  if (headerOf(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(headerOf(error, 'x-ratelimit-reset'));
    return Number.isFinite(reset) ? undefined : backoff(attempt, options);
  }
  if (error instanceof GraphQlRateLimitError) return backoff(attempt, options);
  const message = String((error as { message?: unknown }).message ?? '');
  return /secondary rate limit/i.test(message) ? backoff(attempt, options) : undefined;
}

const mayBeRateLimit = (error: unknown) => error instanceof GraphQlRateLimitError || statusOf(error) === 403 || statusOf(error) === 429;

function backoff(attempt: number, options: DelayOptions): number {
  return Math.min(options.maxDelayMs ?? 60_000, (options.baseDelayMs ?? 1_000) * 2 ** (attempt - 1));
}

function isNetworkFault(error: unknown): boolean {
  const text = `${(error as { name?: unknown })?.name ?? ''} ${(error as { message?: unknown })?.message ?? ''} ${(error as { code?: unknown })?.code ?? ''}`;
  return /timeout|timed out|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|fetch failed|network/i.test(text);
}
