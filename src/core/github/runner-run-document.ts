import { finalRunStatuses, getSection, type RunDocument } from '../run-document/document-model.ts';
import { readEmbeddedRunState } from '../run-document/embedded-run-state.ts';
import type { Patch, PatchBody } from '../run-document/patch-types.ts';
import { runCommentMarker } from '../run-document/run-comment-marker.ts';
import { directiveKey, missingDirectivePatches, readPendingDirectivesFromRunDocument, readRunDirectives, renderDirectiveLine, type RunDirective } from './run-directives.ts';
import { pendingRetry } from './run-waits.ts';

/** A comment as the runner sees it: `authorAppId` is the App that wrote it (absent for people). */
export interface TrackingCommentFacts {
  readonly id: number;
  readonly body: string;
  readonly authorAppId?: number;
}

/**
 * Where an implement job's run document starts. `create`: no tracking comment yet, the job's comment
 * sink creates one (revision 0). `continue`: the App's comment carries the run at `document.revision`;
 * the job continues it there and acts on `directives`. `detached`: a comment exists but cannot be
 * continued (unreadable state, or the run has ended); the job must not write it (that would lose its
 * state or reopen an ended run) and keeps its run document in the job's run store only.
 */
export type RunnerStart =
  | { readonly kind: 'create' }
  | { readonly kind: 'continue'; readonly commentId: number; readonly document: RunDocument; readonly directives: readonly RunDirective[]; readonly retryKey?: string }
  | { readonly kind: 'detached'; readonly commentId: number; readonly reason: string };

/**
 * Picks this run's tracking comment among an issue's comments and reads where the runner starts. Only
 * a comment written by a GitHub App counts (first line the run's marker, as the App requires): anyone
 * can paste a marker, and a planted document would let them hand the agent directives. The directives
 * are read before the runner sets the run `running`, which ends a waiting retry (see
 * `readPendingDirectivesFromRunDocument`).
 */
export function planRunnerStart(comments: readonly TrackingCommentFacts[], runId: string, trustedAppId?: number): RunnerStart {
  const marker = `${runCommentMarker(runId)}\n`;
  const comment = comments.find((c) => writtenByTrustedApp(c, trustedAppId) && c.body.startsWith(marker));
  if (!comment) return { kind: 'create' };
  const parsed = readEmbeddedRunState(comment.body);
  if (!parsed.ok) return { kind: 'detached', commentId: comment.id, reason: parsed.error };
  const { document } = parsed;
  if (finalRunStatuses.includes(document.status)) return { kind: 'detached', commentId: comment.id, reason: `run "${runId}" has ended (${document.status})` };
  const pending = readPendingDirectivesFromRunDocument(comment.body);
  const retryKey = pendingRetry(document);
  return { kind: 'continue', commentId: comment.id, document, directives: pending.ok ? pending.directives : [], ...(retryKey ? { retryKey } : {}) };
}

/**
 * What the runner records before it works on `directives`: each one not yet ticked is ticked as picked
 * up by `key` (the waiting retry's key, or the job's own), so after this job sets the run `running` the
 * App no longer counts them as pending, and one Conductor line names them. Directives added later stay
 * unticked: the next retry acts on them. Empty when there is nothing to act on.
 */
export function planActOnDirectives(document: RunDocument, directives: readonly RunDirective[], key: string): PatchBody[] {
  if (directives.length === 0) return [];
  const acting = new Set(directives.map(directiveKey));
  const canon = getSection(document, 'user').canon;
  let ticked = 0;
  const next = canon.split('\n').map((line) => {
    const [directive] = readRunDirectives(line);
    if (!directive || directive.pickedUpBy || !acting.has(directiveKey(directive))) return line;
    ticked++;
    return renderDirectiveLine({ ...directive, pickedUpBy: key });
  });
  const keys = directives.map((d) => `${directiveKey(d)} by @${d.author}`).join(', ');
  const patches: PatchBody[] = [];
  if (ticked > 0) patches.push({ kind: 'edit', section: 'user', target: 'canon', ops: [{ op: 'replace', count: canon.length, text: next.join('\n') }] });
  patches.push({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: `${key}: the implementer acts on ${directives.length} directive${directives.length === 1 ? '' : 's'} from the User section (${keys}); directives added from now on wait for the next retry.` });
  return patches;
}

/**
 * Before a runner writes the tracking comment again: what it takes in from the comment as it is now
 * (`fromComment`, written meanwhile by the App), so the write loses nothing the App added: directives
 * it lacks (`missingDirectivePatches`), then Conductor lines it lacks (the App's plan approval, say).
 * If the comment had moved past the revision the runner would write, a Conductor note and status
 * re-assertions follow until it is above, so the comment's revision never goes down. Patch ids derive
 * from the comment's revision, so taking in the same comment twice adds nothing (the ledger drops them).
 */
export function planCommentTakeIn(document: RunDocument, fromComment: RunDocument): Patch[] {
  if (fromComment.runId !== document.runId) return [];
  const base = { runId: document.runId, source: 'system' } as const;
  const patches: Patch[] = [...missingDirectivePatches(document, fromComment)];
  const have = countLines(getSection(document, 'conductor').canon);
  lines(getSection(fromComment, 'conductor').canon).forEach((line, index) => {
    const left = have.get(line) ?? 0;
    if (left > 0) return void have.set(line, left - 1);
    patches.push({ ...base, patchId: `take-in-r${fromComment.revision}-conductor-${index}`, kind: 'append-log-line', section: 'conductor', target: 'canon', text: line });
  });
  const gap = fromComment.revision - (document.revision + patches.length);
  if (gap < 0) return patches;
  patches.push({ ...base, patchId: `take-in-r${fromComment.revision}-note`, kind: 'append-log-line', section: 'conductor', target: 'canon', text: `The tracking comment had moved to revision ${fromComment.revision} meanwhile; this runner kept its own copy and took in the directives and Conductor lines it lacked.` });
  for (let step = 1; step <= gap; step++) patches.push({ ...base, patchId: `take-in-r${fromComment.revision}-status-${step}`, kind: 'set-status', status: document.status, detail: document.statusDetail });
  return patches;
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function countLines(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines(text)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

/** Written by a GitHub App: the Shopfloor App when its id is known, else any App (never a person). */
export function writtenByTrustedApp(comment: { readonly authorAppId?: number }, trustedAppId: number | undefined): boolean {
  return comment.authorAppId !== undefined && (trustedAppId === undefined || comment.authorAppId === trustedAppId);
}
