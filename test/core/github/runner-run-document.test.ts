import { describe, expect, it } from 'vitest';
import { planAddDirective, planPickUp, readRunDirectives, type RunDirective } from '../../../src/core/github/run-directives.ts';
import { planActOnDirectives, planCommentTakeIn, planRunnerStart, type TrackingCommentFacts } from '../../../src/core/github/runner-run-document.ts';
import { planApproved, retryDispatchedStatus } from '../../../src/core/github/run-waits.ts';
import { applyPatch } from '../../../src/core/run-document/apply-patch.ts';
import { createRunDocument, getSection, type RunDocument } from '../../../src/core/run-document/document-model.ts';
import type { Patch, PatchBody } from '../../../src/core/run-document/patch-types.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';
import { runCommentMarker } from '../../../src/core/run-document/run-comment-marker.ts';

const runId = 'wo-1-1a2b3c4d';
const mona: RunDirective = { source: 'comment', id: 5001, author: 'mona', url: 'https://github.com/o/r/pull/2#issuecomment-5001', text: 'Keep the old name.' };
const boss: RunDirective = { source: 'review', id: 6001, author: 'boss', url: '', text: 'Split the file.' };

let step = 0;
function apply(document: RunDocument, ...bodies: readonly (Patch | PatchBody)[]): RunDocument {
  return bodies.reduce<RunDocument>((doc, body) => {
    const patch = ('runId' in body ? body : { ...body, runId: doc.runId, patchId: `t-${++step}`, source: 'system' }) as Patch;
    const result = applyPatch(doc, patch);
    if (!result.ok) throw new Error(result.reason);
    return result.document;
  }, document);
}

const line = (text: string): PatchBody => ({ kind: 'append-log-line', section: 'conductor', target: 'canon', text });
const intake = () => apply(createRunDocument(runId, 'Add goodbye'), { kind: 'set-status', status: 'running' }, line('Work order wo-1 from issue #12.'), { kind: 'set-status', status: 'waiting', detail: 'waiting for a runner' });
const withDirective = (document: RunDocument, directive: RunDirective) => apply(document, planAddDirective(document, directive)!);
const retried = (document: RunDocument, key: string) => apply(document, planPickUp(document, key)!.patch, retryDispatchedStatus(key));
const appComment = (document: RunDocument, id = 1): TrackingCommentFacts => ({ id, body: renderRunComment(document), authorAppId: 777 });

describe('planRunnerStart', () => {
  const waitingRetry = retried(withDirective(withDirective(intake(), mona), boss), 'retry-comment-9');
  const laterDirective = withDirective(waitingRetry, { ...mona, id: 5002, text: 'Added after the retry.' });
  const cases: readonly [string, readonly TrackingCommentFacts[], unknown][] = [
    ['no comments: the job creates the tracking comment', [], { kind: 'create' }],
    ['a pasted marker (no App wrote it) is ignored', [{ ...appComment(waitingRetry), authorAppId: undefined }], { kind: 'create' }],
    ['another run\'s comment is ignored', [appComment(apply(createRunDocument('wo-1-99999999', 'x'), { kind: 'set-status', status: 'waiting' }))], { kind: 'create' }],
    ['the App\'s comment at a waiting retry: its document, the directives it picked up, the retry key', [{ id: 3, body: 'unrelated', authorAppId: 777 }, appComment(waitingRetry, 4)],
      { kind: 'continue', commentId: 4, document: waitingRetry, directives: [{ ...mona, pickedUpBy: 'retry-comment-9' }, { ...boss, pickedUpBy: 'retry-comment-9' }], retryKey: 'retry-comment-9' }],
    ['a directive added after the retry was dispatched comes along too (still pending)', [appComment(laterDirective)],
      { kind: 'continue', commentId: 1, document: laterDirective, directives: [{ ...mona, pickedUpBy: 'retry-comment-9' }, { ...boss, pickedUpBy: 'retry-comment-9' }, { ...mona, id: 5002, text: 'Added after the retry.' }], retryKey: 'retry-comment-9' }],
    ['a first dispatch: no directives, no retry key', [appComment(intake())], { kind: 'continue', commentId: 1, document: intake(), directives: [] }],
    ['a comment without its state is detached', [{ id: 1, body: `${runCommentMarker(runId)}\nwork order received`, authorAppId: 777 }],
      { kind: 'detached', commentId: 1, reason: 'the comment carries no embedded run state (it was written by an older Shopfloor or was too large)' }],
    ['an ended run is detached', [appComment(apply(intake(), { kind: 'set-status', status: 'completed' }))], { kind: 'detached', commentId: 1, reason: `run "${runId}" has ended (completed)` }],
  ];
  it.each(cases)('%s', (_name, comments, expected) => {
    expect(planRunnerStart(comments, runId)).toEqual(expected);
  });

  it('with the App id known, continues only that App\'s comment: another App\'s copy of the marker is ignored', () => {
    const doc = intake();
    const other = { ...appComment(doc, 2), authorAppId: 999 };
    expect(planRunnerStart([other], runId, 777)).toEqual({ kind: 'create' });
    expect(planRunnerStart([other, appComment(doc, 3)], runId, 777)).toMatchObject({ kind: 'continue', commentId: 3 });
    expect(planRunnerStart([other], runId)).toMatchObject({ kind: 'continue', commentId: 2 });
  });
});

describe('planActOnDirectives', () => {
  it('ticks the pending ones with the key, keeps ticks it finds, and names them all in one Conductor line', () => {
    const document = withDirective(retried(withDirective(intake(), mona), 'retry-comment-9'), boss);
    const start = planRunnerStart([appComment(document)], runId);
    if (start.kind !== 'continue') throw new Error(start.kind);
    const after = apply(document, ...planActOnDirectives(document, start.directives, 'retry-comment-9'));
    expect(readRunDirectives(getSection(after, 'user').canon)).toEqual([{ ...mona, pickedUpBy: 'retry-comment-9' }, { ...boss, pickedUpBy: 'retry-comment-9' }]);
    expect(getSection(after, 'conductor').canon).toContain('retry-comment-9: the implementer acts on 2 directives from the User section (comment-5001 by @mona, review-6001 by @boss); directives added from now on wait for the next retry.');
    // Once the runner sets `running`, none of them is pending any more.
    expect(planRunnerStart([appComment(apply(after, { kind: 'set-status', status: 'running' }))], runId)).toMatchObject({ directives: [] });
  });

  it.each([
    ['nothing to act on: no patch', [] as RunDirective[], 0],
    ['all already ticked by the key: only the Conductor line', [{ ...mona, pickedUpBy: 'retry-comment-9' }], 1],
  ] as const)('%s', (_name, directives, count) => {
    const document = retried(withDirective(intake(), mona), 'retry-comment-9');
    expect(planActOnDirectives(document, directives, 'retry-comment-9')).toHaveLength(count);
  });
});

describe('planCommentTakeIn', () => {
  const runner = (base: RunDocument) => apply(base, { kind: 'set-status', status: 'running', detail: 'implementing wo-1' }, line('spawn worker implementer'));
  const cases: readonly [string, (base: RunDocument) => { runnerDoc: RunDocument; commentDoc: RunDocument }, { directives: readonly string[]; conductorAdds: readonly string[] }][] = [
    ['nothing new in the comment: nothing to take in', (base) => ({ runnerDoc: runner(base), commentDoc: base }), { directives: [], conductorAdds: [] }],
    ['a directive the App added meanwhile', (base) => ({ runnerDoc: runner(base), commentDoc: withDirective(base, boss) }), { directives: ['review-6001'], conductorAdds: [] }],
    ['the App\'s plan approval line (and its status) meanwhile', (base) => ({ runnerDoc: runner(base), commentDoc: apply(base, ...planApproved('mona', 'admin')) }), { directives: [], conductorAdds: ['Plan approved by @mona (admin); dispatched the implement phase.'] }],
  ];
  it.each(cases)('%s; the result is always above the comment\'s revision', (_name, build, expected) => {
    const { runnerDoc, commentDoc } = build(intake());
    const patches = planCommentTakeIn(runnerDoc, commentDoc);
    const after = apply(runnerDoc, ...patches);
    expect(readRunDirectives(getSection(after, 'user').canon).map((d) => `${d.source}-${d.id}`)).toEqual(expected.directives);
    const added = getSection(after, 'conductor').canon.split('\n').filter((l) => l && !getSection(runnerDoc, 'conductor').canon.includes(l) && !l.startsWith('The tracking comment had moved'));
    expect(added).toEqual(expected.conductorAdds);
    expect(after.revision).toBeGreaterThan(commentDoc.revision);
    expect(after.status).toBe('running');
  });

  it('pads with a note and status re-assertions when the comment moved further than what it takes in', () => {
    const base = intake();
    const commentDoc = apply(base, line('an App line'), { kind: 'set-status', status: 'waiting', detail: 'retry x dispatched' }, { kind: 'set-status', status: 'waiting', detail: 'again' }, { kind: 'set-status', status: 'waiting', detail: 'and again' });
    const runnerDoc = apply(base, { kind: 'set-status', status: 'running', detail: 'implementing wo-1' });
    const patches = planCommentTakeIn(runnerDoc, commentDoc);
    const after = apply(runnerDoc, ...patches);
    expect(after.revision).toBe(commentDoc.revision + 1);
    expect(getSection(after, 'conductor').canon).toContain('The tracking comment had moved to revision 7 meanwhile');
    expect(after).toMatchObject({ status: 'running', statusDetail: 'implementing wo-1' });
  });

  it('takes in the same comment once: its patch ids repeat, so a ledger drops the second copy', () => {
    const base = intake();
    const commentDoc = apply(withDirective(base, boss), line('an App line'));
    const runnerDoc = runner(base);
    expect(planCommentTakeIn(runnerDoc, commentDoc).map((p) => p.patchId)).toEqual(planCommentTakeIn(runnerDoc, commentDoc).map((p) => p.patchId));
    expect(planCommentTakeIn(apply(runnerDoc, ...planCommentTakeIn(runnerDoc, commentDoc)), commentDoc)).toEqual([]);
  });

  it('ignores another run\'s document', () => {
    expect(planCommentTakeIn(intake(), withDirective(apply(createRunDocument('other-run', 'x'), { kind: 'set-status', status: 'running' }), boss))).toEqual([]);
  });
});
