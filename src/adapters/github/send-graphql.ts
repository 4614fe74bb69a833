import type { GitHubRequest, GraphQlError } from './github-request.ts';

/** A GraphQL answer: `data` (null fields where one failed) and the errors, each with its field `path`. */
export interface GraphQlAnswer<T> {
  readonly data: T | undefined;
  readonly errors: readonly GraphQlError[];
}

/**
 * GitHub refused a whole GraphQL document for a rate limit, answering 200 with only rate-limit errors
 * (https://docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#exceeding-the-rate-limit).
 * Nothing in it ran, so the forge's retry sends it again like a REST call's 403/429 (`rateLimitDelay`),
 * mutations included. `response.headers` is where Octokit's `RequestError` keeps them, so both read alike.
 */
export class GraphQlRateLimitError extends Error {
  override readonly name = 'GraphQlRateLimitError';
  readonly response: { readonly headers: Readonly<Record<string, unknown>> };
  constructor(readonly errors: readonly GraphQlError[], headers: Readonly<Record<string, unknown>>) {
    const reset = Number(headers['x-ratelimit-reset']);
    const until = String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset) ? ` until ${new Date(reset * 1_000).toISOString()} (x-ratelimit-reset)` : '';
    super(`GitHub's GraphQL API refused the call for a rate limit${until}: ${graphqlMessages(errors)}; try again after that, and if it keeps happening, run fewer Shopfloor jobs at once on this token`);
    this.response = { headers };
  }
}

/**
 * One GraphQL document through `POST /graphql`. GitHub answers errors with 200 and an `errors` list
 * beside whatever `data` it could make (https://docs.github.com/graphql/guides/forming-calls-with-graphql);
 * the caller reads both, since a mutation document's fields run one after another and one failing does
 * not stop the next. A document refused whole for a rate limit is thrown as a `GraphQlRateLimitError`.
 */
export async function sendGraphql<T>(request: GitHubRequest, query: string, variables: Readonly<Record<string, string>>): Promise<GraphQlAnswer<T>> {
  const { data: body, headers } = await request('POST /graphql', { query, variables });
  const answer = { data: (body.data ?? undefined) as T | undefined, errors: body.errors ?? [] };
  if (refusedForRateLimit(answer)) throw new GraphQlRateLimitError(answer.errors, headers);
  return answer;
}

/**
 * Every error is a rate limit and no field has a value: GitHub checks the limit before running anything. An
 * answer with any other error, or a field that did run, is the caller's to read: sending it again could
 * repeat a mutation that happened.
 */
function refusedForRateLimit(answer: GraphQlAnswer<unknown>): boolean {
  const ran = answer.data !== null && typeof answer.data === 'object' && Object.values(answer.data).some((value) => value !== null && value !== undefined);
  return answer.errors.length > 0 && !ran && answer.errors.every(isRateLimitError);
}

/**
 * `RATE_LIMITED` is the primary limit's type; `RATE_LIMIT` has been seen in its place
 * (https://github.com/octokit/plugin-throttling.js/issues/824). A secondary limit may come with 200 and
 * only a message saying so, on no field.
 */
function isRateLimitError(error: GraphQlError): boolean {
  if (error.type === 'RATE_LIMITED' || error.type === 'RATE_LIMIT') return true;
  return !error.path?.length && /secondary rate limit/i.test(error.message ?? '');
}

/** The errors' messages on one line, for a thrown error or a refusal. */
export function graphqlMessages(errors: readonly GraphQlError[]): string {
  return errors.map((error) => error.message ?? 'unknown GraphQL error').join('; ');
}
