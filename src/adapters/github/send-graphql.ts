import type { GitHubRequest, GraphQlError } from './github-request.ts';

/** A GraphQL answer: `data` (null fields where one failed) and the errors, each with its field `path`. */
export interface GraphQlAnswer<T> {
  readonly data: T | undefined;
  readonly errors: readonly GraphQlError[];
}

/**
 * One GraphQL document through `POST /graphql`. GitHub answers errors with 200 and an `errors` list
 * beside whatever `data` it could make (https://docs.github.com/graphql/guides/forming-calls-with-graphql);
 * the caller reads both, since a mutation document's fields run one after another and one failing does
 * not stop the next.
 */
export async function sendGraphql<T>(request: GitHubRequest, query: string, variables: Readonly<Record<string, string>>): Promise<GraphQlAnswer<T>> {
  const { data, errors } = (await request('POST /graphql', { query, variables })).data;
  return { data: (data ?? undefined) as T | undefined, errors: errors ?? [] };
}

/** The errors' messages on one line, for a thrown error or a refusal. */
export function graphqlMessages(errors: readonly GraphQlError[]): string {
  return errors.map((error) => error.message ?? 'unknown GraphQL error').join('; ');
}
