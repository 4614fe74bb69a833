import type { CheckRunForge, CheckRunState } from '../../src/ports/check-run-forge.ts';
import type { CommentForge, IssueComment } from '../../src/ports/comment-forge.ts';

export interface ForgeCall {
  readonly kind: 'create-comment' | 'update-comment' | 'list-comments' | 'create-check' | 'update-check';
  readonly body?: string;
  readonly state?: CheckRunState;
  /** `now()` of the clock passed to `createFakeForge`, when the call was made. */
  readonly at: number;
}

/**
 * An in-memory forge for sink tests: it keeps comments and check runs, records every call, enforces
 * GitHub's 65,536-character comment limit, and can be told to fail the next N writes.
 */
export function createFakeForge(now: () => number = () => 0): CommentForge & CheckRunForge & {
  readonly calls: ForgeCall[];
  readonly comments: Map<number, IssueComment & { issue: string }>;
  readonly checkRuns: Map<number, CheckRunState & { name: string; headSha: string }>;
  failNext: number;
} {
  const comments = new Map<number, IssueComment & { issue: string }>();
  const checkRuns = new Map<number, CheckRunState & { name: string; headSha: string }>();
  const calls: ForgeCall[] = [];
  let nextId = 1;
  const forge = {
    calls,
    comments,
    checkRuns,
    failNext: 0,
    createIssueComment: async (target: { repo: string; issueNumber: number }, body: string) => {
      guard(body);
      calls.push({ kind: 'create-comment', body, at: now() });
      const comment = { id: nextId++, body, issue: `${target.repo}#${target.issueNumber}` };
      comments.set(comment.id, comment);
      return comment;
    },
    updateIssueComment: async (_repo: string, id: number, body: string) => {
      guard(body);
      calls.push({ kind: 'update-comment', body, at: now() });
      const comment = comments.get(id);
      if (!comment) throw new Error(`404: comment ${id} not found`);
      comments.set(id, { ...comment, body });
      return { ...comment, body };
    },
    listIssueComments: async (target: { repo: string; issueNumber: number }) => {
      calls.push({ kind: 'list-comments', at: now() });
      return [...comments.values()].filter((c) => c.issue === `${target.repo}#${target.issueNumber}`);
    },
    createCheckRun: async (_repo: string, headSha: string, name: string, state: CheckRunState) => {
      calls.push({ kind: 'create-check', state, at: now() });
      const id = nextId++;
      checkRuns.set(id, { ...state, name, headSha });
      return { id };
    },
    updateCheckRun: async (_repo: string, id: number, state: CheckRunState) => {
      if (forge.failNext > 0) {
        forge.failNext--;
        throw new Error('502: bad gateway');
      }
      calls.push({ kind: 'update-check', state, at: now() });
      const run = checkRuns.get(id);
      if (!run) throw new Error(`404: check run ${id} not found`);
      checkRuns.set(id, { ...run, ...state });
    },
  };
  function guard(body: string): void {
    if (forge.failNext > 0) {
      forge.failNext--;
      throw new Error('502: bad gateway');
    }
    if (body.length > 65_536) throw new Error(`422: body is too long (maximum is 65536 characters), got ${body.length}`);
  }
  return forge;
}
