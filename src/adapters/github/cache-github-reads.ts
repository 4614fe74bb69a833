import { statusOf, type GitHubAnswer, type GitHubRequest, type GitHubRoute } from './github-request.ts';

/**
 * Writes that only add content-addressed objects (a blob, tree or commit nobody points at yet): they
 * change no answer a GET already gave, so they leave the cache alone.
 */
const objectWrites = new Set(['POST /repos/{owner}/{repo}/git/blobs', 'POST /repos/{owner}/{repo}/git/trees', 'POST /repos/{owner}/{repo}/git/commits']);

/**
 * A commit's check-run list changes only through check-run writes, as far as this App is concerned (other
 * Apps' runs can land at any moment, cached or not): other writes (a GraphQL "ready for review", a comment)
 * leave it cached, so the landing's gates read and its own merge check's lookup stay one request.
 */
const checkRunList = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const isCheckRunWrite = (route: string) => route.includes('/check-runs');

/** The cache key of a read: the route and its parameters, without per-call options (deadline, retries). */
const keyOf = (route: string, params: object) =>
  `${route} ${JSON.stringify(Object.entries(params).filter(([name]) => name !== 'request').sort(([a], [b]) => (a < b ? -1 : 1)))}`;

/**
 * One delivery's reads, asked once: the same GET (route and parameters) made again within a handling
 * gets the first answer (a 404 included) instead of a second call. Any write other than adding git
 * objects empties the cache before it is sent (check-run lists: only a check-run write), so nothing a
 * write could change is served after it: a compare-and-swap that lost, a look after a lost create, a
 * check after a render all read GitHub again.
 * A failed read other than 404 is not kept (a retry asks again). Build one per delivery, never share it
 * across deliveries: it never expires.
 */
export function cacheGitHubReads(request: GitHubRequest): GitHubRequest {
  // Keyed by route (and parameters), so an answer is only ever handed out for the route that asked it.
  const answers = new Map<string, Promise<unknown>>();
  const cached = <R extends GitHubRoute>(key: string) => answers.get(key) as Promise<GitHubAnswer<R>> | undefined;
  return (route, params) => {
    if (!route.startsWith('GET ')) {
      if (objectWrites.has(route)) return request(route, params);
      for (const key of [...answers.keys()]) if (isCheckRunWrite(route) || !key.startsWith(`${checkRunList} `)) answers.delete(key);
      return request(route, params);
    }
    const key = keyOf(route, params);
    const known = cached<typeof route>(key);
    if (known) return known;
    const answer = request(route, params);
    answers.set(key, answer);
    answer.catch((error: unknown) => {
      if (statusOf(error) !== 404 && answers.get(key) === answer) answers.delete(key);
    });
    return answer;
  };
}
