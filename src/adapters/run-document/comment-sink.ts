import type { RunDocument } from '../../core/run-document/document-model.ts';
import { githubCommentLimit, renderRunComment } from '../../core/run-document/render-comment.ts';
import { runCommentMarker } from '../../core/run-document/run-comment-marker.ts';
import type { CommentForge, CommentTarget, IssueComment } from '../../ports/comment-forge.ts';
import type { RunDocumentSink, SinkClock } from '../../ports/run-document-sink.ts';
import { createCoalescedWriter } from './coalesced-writer.ts';

export interface CommentSinkOptions {
  readonly forge: CommentForge;
  readonly target: CommentTarget;
  readonly clock: SinkClock;
  /** Default 2,000 ms: at most one edit per run per interval, whatever the patch rate. */
  readonly intervalMs?: number;
  readonly maxChars?: number;
  readonly fullLogUrl?: string;
  readonly onError?: (error: unknown) => void;
  /** The run's comment when the caller already found it (and checked who wrote it); else found by marker or created. */
  readonly commentId?: number;
  /** Which comments carrying the marker may be adopted (default: any); others are left alone and a new comment is created. */
  readonly adopt?: (comment: IssueComment) => boolean;
  /**
   * Called before each edit of the existing comment (not before creating it), with its id: the place to
   * re-read the comment and take in what others (the GitHub App) added since the last write, through
   * the run writer. The comment is rendered again afterwards, so the edit carries what was taken in.
   */
  readonly beforeEdit?: (commentId: number) => Promise<void>;
}

/**
 * The run's tracking comment on an issue or pull request. The first write finds this run's comment by
 * its hidden marker or creates it (so a restarted run edits the same comment), unless `commentId` names
 * it; later writes are coalesced edits, each preceded by `beforeEdit`; `flush` (end of run) always lands
 * the final text.
 */
export function createCommentSink(options: CommentSinkOptions): RunDocumentSink & { readonly writes: () => number; readonly commentId: () => number | undefined } {
  let document: RunDocument | undefined;
  let commentId = options.commentId;
  const render = () => (document ? renderRunComment(document, { maxChars: options.maxChars ?? githubCommentLimit, fullLogUrl: options.fullLogUrl }) : '');
  const write = async (body: string) => {
    if (commentId === undefined) {
      const marker = runCommentMarker(document!.runId);
      const existing = (await options.forge.listIssueComments(options.target)).find((c) => c.body.startsWith(`${marker}\n`) && (options.adopt?.(c) ?? true));
      commentId = existing ? existing.id : (await options.forge.createIssueComment(options.target, body)).id;
      if (!existing) return;
    }
    await options.forge.updateIssueComment(options.target.repo, commentId, body);
  };
  const beforeEdit = options.beforeEdit;
  const beforeWrite = beforeEdit ? async () => (commentId === undefined ? undefined : beforeEdit(commentId)) : undefined;
  const writer = createCoalescedWriter({ clock: options.clock, intervalMs: options.intervalMs ?? 2_000, render, write, onError: options.onError, ...(beforeWrite ? { beforeWrite } : {}) });
  return {
    name: 'comment',
    publish: (_event, next) => {
      document = next;
      writer.changed();
    },
    flush: () => (document ? writer.flush() : Promise.resolve()),
    writes: writer.writes,
    commentId: () => commentId,
  };
}
