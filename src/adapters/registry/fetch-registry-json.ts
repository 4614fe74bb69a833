import type { PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';

/** A registry's JSON answer, or the `not-found` / `unreachable` it amounts to. */
export type RegistryAnswer = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly publish: PublishTime };

/**
 * GET a registry JSON document. 404 is `not-found`; a network failure, timeout, other error status or a
 * body that is not JSON is `unreachable` with the URL and cause, which the gate turns into `error`.
 */
export async function fetchRegistryJson(doFetch: typeof fetch, url: string, headers: Readonly<Record<string, string>>, timeoutMs: number): Promise<RegistryAnswer> {
  try {
    const response = await doFetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 404) return { ok: false, publish: { kind: 'not-found' } };
    if (!response.ok) return { ok: false, publish: { kind: 'unreachable', reason: `${url} answered HTTP ${response.status}` } };
    return { ok: true, json: await response.json() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, publish: { kind: 'unreachable', reason: `${url}: ${cause ?? (error as Error).message}` } };
  }
}

/** A time the registry gave as text, or `unreachable` saying it was unreadable. */
export function parsePublishTime(text: string | undefined, what: string): PublishTime {
  const at = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isNaN(at) ? { kind: 'unreachable', reason: `the registry gave no readable publish time for ${what} (${JSON.stringify(text ?? null)})` } : { kind: 'published', at };
}
