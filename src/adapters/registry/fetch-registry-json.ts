import type { PublishTime } from '../../core/gates/dependencies/judge-dependency.ts';
import type { ReleaseList } from '../../ports/package-registry.ts';

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

/** A version list from parsed publish times; one unreadable time makes the whole list `unreachable` (never a guess). */
export function listReleases(entries: readonly { readonly version: string; readonly time: PublishTime; readonly yanked?: boolean }[]): ReleaseList {
  const unreadable = entries.find((e) => e.time.kind !== 'published');
  if (unreadable) return { kind: 'unreachable', reason: unreadable.time.kind === 'unreachable' ? unreadable.time.reason : `no publish time for ${unreadable.version}` };
  return { kind: 'listed', releases: entries.map((e) => ({ version: e.version, at: (e.time as { at: number }).at, ...(e.yanked ? { yanked: true } : {}) })) };
}

/** What a failed answer means for a version list. */
export const unlisted = (publish: PublishTime): ReleaseList => (publish.kind === 'not-found' ? { kind: 'not-found' } : { kind: 'unreachable', reason: publish.kind === 'unreachable' || publish.kind === 'unresolved' ? publish.reason : 'no version list' });
