import { applyPatch } from '../../core/run-document/apply-patch.ts';
import type { RunDocument } from '../../core/run-document/document-model.ts';
import { readEmbeddedRunState } from '../../core/run-document/embedded-run-state.ts';
import type { Patch, PatchBody } from '../../core/run-document/patch-types.ts';
import { renderRunComment, runCommentMarker } from '../../core/run-document/render-comment.ts';
import type { CommentTarget } from '../../ports/comment-forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';

/** A run's tracking comment, found and parsed: the comment to update and the document it carries. */
export interface RunComment {
  readonly target: CommentTarget;
  readonly commentId: number;
  readonly document: RunDocument;
}

export type FoundRunComment = { readonly ok: true; readonly value: RunComment } | { readonly ok: false; readonly reason: string };

/**
 * The tracking comment of `runId` on the first of `places` (issue or PR numbers) that has one. Only
 * comments written by this App count, and the marker must be the first line, so nobody can plant a run
 * document by pasting its marker.
 */
export async function findRunComment(deps: GitHubAppDeps, repo: string, places: readonly number[], runId: string): Promise<FoundRunComment> {
  const marker = `${runCommentMarker(runId)}\n`;
  for (const issueNumber of [...new Set(places)]) {
    const target = { repo, issueNumber };
    const comment = (await deps.forge.listIssueComments(target)).find((c) => c.authorAppId === deps.settings.appId && c.body.startsWith(marker));
    if (!comment) continue;
    const parsed = readEmbeddedRunState(comment.body);
    if (!parsed.ok) return { ok: false, reason: `run \`${runId}\`'s tracking comment cannot be read: ${parsed.error}` };
    return { ok: true, value: { target, commentId: comment.id, document: parsed.document } };
  }
  return { ok: false, reason: `no tracking comment for run \`${runId}\` on ${places.map((n) => `#${n}`).join(' or ')}` };
}

/**
 * Where an agent branch's run document may be: the issue its work order came from (intake posts it
 * there, so this is usually one look-up), then its PR.
 */
export function runDocumentPlaces(pullNumber: number | undefined, workOrderId: string): number[] {
  const issue = /^issue-(\d+)$/.exec(workOrderId);
  return [...(issue ? [Number(issue[1])] : []), ...(pullNumber !== undefined ? [pullNumber] : [])];
}

/**
 * Applies patches in order (each raises the revision by one) and writes the comment once. `system`
 * bodies get ids from `patchPrefix`; full patches keep theirs. Throws on a rejected patch: the App only
 * builds patches the document accepts, so a rejection is a bug or a run that has ended.
 */
export async function writeRunComment(deps: GitHubAppDeps, run: RunComment, patches: readonly (Patch | PatchBody)[], patchPrefix: string): Promise<RunDocument> {
  let document = run.document;
  patches.forEach((item, index) => {
    const patch = ('runId' in item ? item : { ...item, runId: document.runId, patchId: `${patchPrefix}-${index + 1}`, source: 'system' }) as Patch;
    const result = applyPatch(document, patch);
    if (!result.ok) throw new Error(`run ${document.runId}: ${result.reason}`);
    document = result.document;
  });
  await deps.forge.updateIssueComment(run.target.repo, run.commentId, renderRunComment(document));
  return document;
}
