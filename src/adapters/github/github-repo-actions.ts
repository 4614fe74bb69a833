import { repoPermissions, type RepoPermission } from '../../core/github/authorize-command.ts';
import { hasKeyMarker, withKeyMarker } from '../../core/github/forge-key.ts';
import type { Ensured } from '../../ports/forge.ts';
import { listAll, repoParams, type GitHubRequest } from './github-request.ts';

export function createGitHubRepoActions(request: GitHubRequest) {
  /**
   * Fails closed: any API error (404 for a non-collaborator, a 5xx or network fault once `retry` gave up) is
   * `none`. `retry` repeats only what is worth repeating: a command is answered once, so one 5xx must not refuse it.
   */
  const getPermission = async (repo: string, user: string, retry: <T>(operation: () => Promise<T>) => Promise<T> = (operation) => operation()): Promise<RepoPermission> => {
    try {
      const { data } = await retry(() => request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repoParams(repo), username: user }));
      const { permission, role_name: role } = data;
      const known = (value: string | undefined) => repoPermissions.find((entry) => entry === value);
      return known(role) ?? known(permission) ?? 'none';
    } catch {
      return 'none';
    }
  };
  const dispatchWorkflow = async (repo: string, workflow: string, ref: string, inputs: Readonly<Record<string, string>>) => {
    if (Object.keys(inputs).length > 25) throw new Error(`workflow_dispatch takes at most 25 inputs, got ${Object.keys(inputs).length}`);
    await request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repoParams(repo), workflow_id: workflow, ref, inputs });
  };
  /** The issue (open or closed, not a PR) whose body carries `key`'s marker, among the newest 500 with `label`. */
  const findIssue = async (repo: string, key: string, label?: string): Promise<{ number: number; url: string } | undefined> => {
    const existing = (await listAll((paging) => request('GET /repos/{owner}/{repo}/issues', { ...repoParams(repo), state: 'all', ...(label ? { labels: label } : {}), ...paging }), 5))
      .find((candidate) => !candidate.pull_request && hasKeyMarker(candidate.body ?? '', key));
    return existing ? { number: existing.number, url: existing.html_url } : undefined;
  };
  /** `absent`: the caller knows no issue has the key yet (it just claimed the key), so the lookup is skipped. */
  const ensureIssue = async (repo: string, key: string, issue: { title: string; body: string; labels?: readonly string[] }, absent = false): Promise<Ensured<{ number: number; url: string }>> => {
    const existing = absent ? undefined : await findIssue(repo, key, issue.labels?.[0]);
    if (existing) return { created: false, value: existing };
    const { data: created } = await request('POST /repos/{owner}/{repo}/issues', { ...repoParams(repo), title: issue.title, body: withKeyMarker(key, issue.body), ...(issue.labels ? { labels: [...issue.labels] } : {}) });
    return { created: true, value: { number: created.number, url: created.html_url } };
  };
  return { getPermission, dispatchWorkflow, ensureIssue, findIssue };
}
