import type { CommitStatus } from '../../ports/forge.ts';
import { repoParams, type GitHubRequest } from './github-request.ts';

/** Commit statuses and issue updates, for the Action's canary and metrics (REST: repos/statuses, issues/update). */
export function createGitHubStatuses(request: GitHubRequest) {
  const setCommitStatus = async (repo: string, sha: string, status: CommitStatus): Promise<void> => {
    await request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      ...repoParams(repo), sha, state: status.state, context: status.context, description: status.description.slice(0, 140), ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
  };
  const updateIssue = async (repo: string, number: number, issue: { readonly title: string; readonly body: string }): Promise<void> => {
    await request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repoParams(repo), issue_number: number, title: issue.title, body: issue.body });
  };
  return { setCommitStatus, updateIssue };
}
