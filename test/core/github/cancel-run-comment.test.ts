import { describe, expect, it } from 'vitest';
import { markRunCommentCancelled } from '../../../src/core/github/cancel-run-comment.ts';
import { createRunDocument } from '../../../src/core/run-document/document-model.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';

describe('markRunCommentCancelled', () => {
  it('marks a rendered run comment cancelled, one revision up, and is idempotent', () => {
    const body = renderRunComment({ ...createRunDocument('issue-1-abcdef12', 'Fix: the typo'), revision: 4, status: 'waiting', statusDetail: 'waiting for a runner' });
    const marked = markRunCommentCancelled(body, 'cancelled by @mona')!;
    expect(marked.split('\n').slice(1, 4)).toEqual(['### ⛔ Cancelled: Fix: the typo', '', 'Revision 5 — cancelled by @mona']);
    expect(markRunCommentCancelled(marked, 'again')).toBe(marked);
  });

  it('leaves anything that is not a run comment alone', () => {
    expect(markRunCommentCancelled('<!-- shopfloor:key=x -->\nhello', 'x')).toBeUndefined();
  });
});
