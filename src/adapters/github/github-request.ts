import type { Endpoints, OctokitResponse, RequestRequestOptions } from '@octokit/types';

/**
 * GitHub's GraphQL endpoint, which the REST route table does not list. GraphQL answers its errors with
 * 200 and an `errors` list (https://docs.github.com/graphql/guides/forming-calls-with-graphql).
 */
interface GraphQlRoute {
  readonly parameters: { readonly query: string; readonly variables: Readonly<Record<string, string>> };
  readonly response: OctokitResponse<{ readonly data?: unknown; readonly errors?: readonly GraphQlError[] }>;
}

/** One entry of a GraphQL answer's `errors`: `path` names the field that failed (its value in `data` is null); none for a document GitHub refused whole. */
export interface GraphQlError {
  readonly message?: string;
  readonly type?: string;
  readonly path?: readonly (string | number)[];
}

type Routes = Endpoints & { readonly 'POST /graphql': GraphQlRoute };

/** A route GitHub documents (`'GET /repos/{owner}/{repo}/pulls'`): method and path template. */
export type GitHubRoute = keyof Routes;
/** The route's path, query and body parameters, plus Octokit's per-call `request` options (deadline, retries). */
export type GitHubParams<R extends GitHubRoute> = Routes[R]['parameters'] & { readonly request?: RequestRequestOptions };
export type GitHubAnswer<R extends GitHubRoute> = Routes[R]['response'];

/**
 * The one Octokit call the adapter needs: `octokit.request(route, params)`, typed by GitHub's route table
 * (`@octokit/types`' `Endpoints`, generated from GitHub's OpenAPI description): a route GitHub does not
 * have, a parameter it does not take or a field its answer lacks is a compile error. Probot's
 * `context.octokit.request` and `@octokit/core`'s are both one, so the adapter depends on no client class.
 */
export type GitHubRequest = <R extends GitHubRoute>(route: R, params: GitHubParams<R>) => Promise<GitHubAnswer<R>>;

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

/**
 * Reads every page of a list endpoint (100 a page), stopping at `maxPages` so a huge list cannot stall a
 * webhook. `readPage` makes the call with the paging parameters, so the route and its types stay at the caller.
 */
export async function listAll<T>(readPage: (paging: { readonly per_page: number; readonly page: number }) => Promise<{ readonly data: readonly T[] }>, maxPages = 10): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await readPage({ per_page: 100, page });
    items.push(...data);
    if (data.length < 100) break;
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
  return unlessNotFound(async () => (await request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repoParams(repo), ref })).data.object.sha);
}

/** A file's text and blob SHA at `ref` (contents API), or undefined when it is missing or not a file (a directory answers a list). */
export async function readContents(request: GitHubRequest, repo: string, path: string, ref: string): Promise<{ text: string; sha: string } | undefined> {
  const file = await unlessNotFound(async () => (await request('GET /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repo), path, ref })).data);
  if (!file || Array.isArray(file) || file.type !== 'file' || !('content' in file)) return undefined;
  return { text: Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'), sha: file.sha };
}
