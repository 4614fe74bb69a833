import { repoParams, type GitHubAnswer, type GitHubRequest } from './github-request.ts';

/** A check run as the REST API returns it. */
export type ApiCheckRun = GitHubAnswer<'GET /repos/{owner}/{repo}/commits/{ref}/check-runs'>['data']['check_runs'][number];

/**
 * The check runs named `name` on exactly commit `sha`, every run of every App (newest first). It asks for
 * all of the commit's runs at once, so the same delivery's other names (the gates it reads, the merge
 * check it writes) are answered by the read cache instead of another call; only a commit with more than
 * 100 runs is asked again by name.
 */
export async function listCheckRunsNamed(request: GitHubRequest, repo: string, sha: string, name: string): Promise<ApiCheckRun[]> {
  const params = { ...repoParams(repo), ref: sha, filter: 'all', per_page: 100 } as const;
  const { data: all } = await request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', params);
  const complete = all.check_runs.length >= all.total_count;
  const runs = complete ? all.check_runs : (await request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...params, check_name: name })).data.check_runs;
  return runs.filter((run) => run.head_sha === sha && (!complete || run.name === name)).sort((a, b) => b.id - a.id);
}
