/**
 * The one Octokit call the adapter needs: `octokit.request(route, params)`. Probot's `context.octokit`,
 * `@octokit/core` and `@octokit/rest` all have it, so the adapter depends on no client class.
 */
export type GitHubRequest = (route: string, params?: Readonly<Record<string, unknown>>) => Promise<GitHubResponse>;

export interface GitHubResponse {
  readonly status: number;
  readonly data: unknown;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
}

/** The HTTP status of an Octokit `RequestError`, or undefined for network faults and timeouts. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export function headerOf(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
  const value = headers?.[name];
  return value === undefined ? undefined : String(value);
}

/** `owner/name` split for route parameters; a malformed repo is a bug in the caller. */
export function repoParams(repo: string): { owner: string; repo: string } {
  const [owner, name, extra] = repo.split('/');
  if (!owner || !name || extra !== undefined) throw new Error(`"${repo}" is not an owner/name repository`);
  return { owner, repo: name };
}

/** Reads every page of a list endpoint (100 a page), stopping at `maxPages` so a huge list cannot stall a webhook. */
export async function listAll<T>(request: GitHubRequest, route: string, params: Readonly<Record<string, unknown>>, maxPages = 10): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await request(route, { ...params, per_page: 100, page });
    const list = (Array.isArray(data) ? data : []) as T[];
    items.push(...list);
    if (list.length < 100) break;
  }
  return items;
}

/** The operation's answer, or undefined when GitHub says 404 (no such ref, file or comment); any other error is thrown. */
export async function unlessNotFound<T>(operation: () => Promise<T>): Promise<T | undefined> {
  try {
    return await operation();
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** The SHA a ref (`heads/main`, `shopfloor/canary/last-good`) points at, or undefined when it does not exist. */
export function readRefSha(request: GitHubRequest, repo: string, ref: string): Promise<string | undefined> {
  return unlessNotFound(async () => ((await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repoParams(repo), ref })).data as { object: { sha: string } }).object.sha);
}

/** A file's text and blob SHA at `ref` (contents API), or undefined when it is missing or not a file. */
export async function readContents(request: GitHubRequest, repo: string, path: string, ref: string): Promise<{ text: string; sha: string } | undefined> {
  const file = await unlessNotFound(async () => (await request('GET /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repo), path, ref })).data as { type?: string; content?: string; encoding?: string; sha: string });
  if (file?.type !== 'file' || file.content === undefined) return undefined;
  return { text: Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'), sha: file.sha };
}
