/**
 * The slice of a forge (GitHub, the local forge) a tracking comment needs. Bodies are Markdown; the
 * adapter maps errors to `CommentForgeError` so callers can tell "gone" from "try later".
 */
export interface CommentTarget {
  /** `owner/name` */
  readonly repo: string;
  /** Issue or pull-request number (GitHub comments on both through the issues API). */
  readonly issueNumber: number;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly url?: string;
  /** The App that wrote the comment (GitHub's `performed_via_github_app.id`); absent for people. */
  readonly authorAppId?: number;
}

export interface CommentForge {
  readonly createIssueComment: (target: CommentTarget, body: string) => Promise<IssueComment>;
  readonly updateIssueComment: (repo: string, commentId: number, body: string) => Promise<IssueComment>;
  /** Comments on the issue, oldest first; used to find an existing run comment by its hidden marker. */
  readonly listIssueComments: (target: CommentTarget) => Promise<readonly IssueComment[]>;
}
