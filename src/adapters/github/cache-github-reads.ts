import { statusOf, type GitHubRequest, type GitHubResponse } from './github-request.ts';

/**
 * Writes that only add content-addressed objects (a blob, tree or commit nobody points at yet): they
 * change no answer a GET already gave, so they leave the cache alone.
 */
const objectWrites = new Set(['POST /repos/{owner}/{repo}/git/blobs', 'POST /repos/{owner}/{repo}/git/trees', 'POST /repos/{owner}/{repo}/git/commits']);

/** The cache key of a read: the route and its parameters, without per-call options (deadline, retries). */
const keyOf = (route: string, params: Readonly<Record<string, unknown>>) => {
  const { request: _options, ...rest } = params;
  return `${route} ${JSON.stringify(Object.keys(rest).sort().map((name) => [name, rest[name]]))}`;
};

/**
 * One delivery's reads, asked once: the same GET (route and parameters) made again within a handling
 * gets the first answer (a 404 included) instead of a second call. Any write other than adding git
 * objects empties the cache before it is sent, so nothing read before a write is served after it: a
 * compare-and-swap that lost, a look after a lost create, a check after a render all read GitHub again.
 * A failed read other than 404 is not kept (a retry asks again). Build one per delivery, never share it
 * across deliveries: it never expires.
 */
export function cacheGitHubReads(request: GitHubRequest): GitHubRequest {
  const answers = new Map<string, Promise<GitHubResponse>>();
  return (route, params = {}) => {
    if (!route.startsWith('GET ')) {
      if (!objectWrites.has(route)) answers.clear();
      return request(route, params);
    }
    const key = keyOf(route, params);
    const known = answers.get(key);
    if (known) return known;
    const answer = request(route, params);
    answers.set(key, answer);
    answer.catch((error: unknown) => {
      if (statusOf(error) !== 404 && answers.get(key) === answer) answers.delete(key);
    });
    return answer;
  };
}
