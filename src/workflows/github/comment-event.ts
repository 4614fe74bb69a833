import type { CommentActor } from '../../core/github/authorize-command.ts';
import type { IssueFacts } from '../../core/github/issue-work-order.ts';

/** `issue_comment.created` as the comment dispatcher and its commands see it. */
export interface CommentEvent {
  readonly repo: string;
  /** The issue or PR the comment is on (for a PR: its title, body and author). */
  readonly issue: IssueFacts;
  readonly isPullRequest: boolean;
  readonly comment: { readonly id: number; readonly body: string; readonly author: CommentActor };
}

/** A command's visible answer. */
export interface CommandReply {
  readonly allowed: boolean;
  readonly text: string;
}
