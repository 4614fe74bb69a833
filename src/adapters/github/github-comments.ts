import { hasKeyMarker, withKeyMarker } from '../../core/github/forge-key.ts';
import type { CommentTarget, IssueComment } from '../../ports/comment-forge.ts';
import type { Ensured } from '../../ports/forge.ts';
import { listAll, repoParams, unlessNotFound, type GitHubAnswer, type GitHubRequest } from './github-request.ts';

/** An issue comment as every comments endpoint returns it. */
type ApiComment = GitHubAnswer<'GET /repos/{owner}/{repo}/issues/comments/{comment_id}'>['data'];

const toComment = (data: ApiComment): IssueComment => ({
  id: data.id, body: data.body ?? '', ...(data.html_url ? { url: data.html_url } : {}), ...(data.performed_via_github_app ? { authorAppId: data.performed_via_github_app.id } : {}),
});

/** `ownAppId`: when set, `ensureComment` only adopts comments this App wrote, never a user's copy of the marker. */
export function createGitHubComments(request: GitHubRequest, ownAppId?: number) {
  const createIssueComment = async (target: CommentTarget, body: string) => {
    const { data } = await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repoParams(target.repo), issue_number: target.issueNumber, body });
    return toComment(data);
  };
  const updateIssueComment = async (repo: string, commentId: number, body: string) => {
    const { data } = await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repoParams(repo), comment_id: commentId, body });
    return toComment(data);
  };
  const listIssueComments = async (target: CommentTarget) =>
    (await listAll((paging) => request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repoParams(target.repo), issue_number: target.issueNumber, ...paging }))).map(toComment);
  const ensureComment = async (target: CommentTarget, key: string, body: string): Promise<Ensured<IssueComment>> => {
    const full = withKeyMarker(key, body);
    const existing = (await listIssueComments(target)).find((comment) => hasKeyMarker(comment.body, key) && (ownAppId === undefined || comment.authorAppId === ownAppId));
    if (!existing) return { created: true, value: await createIssueComment(target, full) };
    if (existing.body === full) return { created: false, value: existing };
    return { created: false, value: await updateIssueComment(target.repo, existing.id, full) };
  };
  /** One comment by id; undefined when it was deleted. */
  const getIssueComment = async (repo: string, commentId: number): Promise<IssueComment | undefined> => {
    const data = await unlessNotFound(async () => (await request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repoParams(repo), comment_id: commentId })).data);
    return data && toComment(data);
  };
  return { createIssueComment, updateIssueComment, listIssueComments, getIssueComment, ensureComment };
}
