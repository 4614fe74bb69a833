import type { IssueComment } from '../../ports/comment-forge.ts';
import { repoParams, statusOf, type GitHubRequest } from './github-request.ts';

interface ApiComment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url?: string;
  readonly performed_via_github_app?: { readonly id: number } | null;
}

/** Reads one issue comment by id (GET /repos/{owner}/{repo}/issues/comments/{comment_id}); undefined when it was deleted. */
export function createGitHubCommentRead(request: GitHubRequest) {
  const getIssueComment = async (repo: string, commentId: number): Promise<IssueComment | undefined> => {
    try {
      const { data } = await request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repoParams(repo), comment_id: commentId });
      const comment = data as ApiComment;
      return { id: comment.id, body: comment.body ?? '', ...(comment.html_url ? { url: comment.html_url } : {}), ...(comment.performed_via_github_app ? { authorAppId: comment.performed_via_github_app.id } : {}) };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  };
  return { getIssueComment };
}
