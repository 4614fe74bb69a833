import { describe, expect, it } from 'vitest';
import { directiveKey, missingDirectivePatches, planAddDirective, planPickUp, readPendingDirectivesFromRunDocument, readRunDirectives, renderDirectiveLine, type RunDirective } from '../../../src/core/github/run-directives.ts';
import { pendingRetry, planApprovalRequired, planApprovalState, planApproved, retryDispatchedStatus } from '../../../src/core/github/run-waits.ts';
import { applyPatch } from '../../../src/core/run-document/apply-patch.ts';
import { createRunDocument, getSection, type RunDocument } from '../../../src/core/run-document/document-model.ts';
import { readEmbeddedRunState } from '../../../src/core/run-document/embedded-run-state.ts';
import type { Patch, PatchBody } from '../../../src/core/run-document/patch-types.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';
import { renderRunDocument } from '../../../src/core/run-document/render-document.ts';

const mona: RunDirective = { source: 'comment', id: 5001, author: 'mona', url: 'https://github.com/o/r/pull/2#issuecomment-5001', text: 'Keep the old name.' };
const review: RunDirective = { source: 'review', id: 5001, author: 'boss', url: 'https://github.com/o/r/pull/2#pullrequestreview-5001', text: 'Split the file.' };

function apply(document: RunDocument, patch: Patch | PatchBody): RunDocument {
  const full = ('runId' in patch ? patch : { ...patch, runId: document.runId, patchId: 'p', source: 'system' }) as Patch;
  const result = applyPatch(document, full);
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

const running = (): RunDocument => apply(createRunDocument('issue-1-abcdef12', 'Fix it'), { kind: 'set-status', status: 'running' });

describe('directive lines', () => {
  it.each([
    ['a plain comment', mona],
    ['a picked-up review', { ...review, pickedUpBy: 'retry-comment-9' }],
    ['a review comment without a link', { source: 'review-comment', id: 7, author: 'x-y', url: '', text: 'a: b (c)' }],
    ['text that tries to open or close a comment', { ...mona, text: 'a <!-- b --> c' }],
  ] as const)('%s round-trips through the User section', (_name, directive) => {
    const [back] = readRunDirectives(renderDirectiveLine(directive));
    expect(back).toEqual({ ...directive, text: directive.text.replace('<!--', '<!- -').replace('-->', '-- >') });
  });

  it('folds text to one line and drops a link that is not https', () => {
    const line = renderDirectiveLine({ ...mona, url: 'javascript:alert(1)', text: 'one\ntwo\n\nthree' });
    expect(line).toBe('- [ ] @mona in [comment 5001](): one two three');
  });
});

describe('planAddDirective and planPickUp', () => {
  it('adds a directive once per source and id, as a user patch raising the revision by one', () => {
    const start = running();
    const patch = planAddDirective(start, mona)!;
    expect(patch).toMatchObject({ source: 'user', section: 'user', kind: 'append-log-line' });
    const once = apply(start, patch);
    expect(once.revision).toBe(start.revision + 1);
    expect(planAddDirective(once, mona)).toBeUndefined();
    const twice = apply(once, planAddDirective(once, review)!);
    expect(readRunDirectives(getSection(twice, 'user').canon).map(directiveKey)).toEqual(['comment-5001', 'review-5001']);
  });

  it('moves what a still-waiting retry picked up to the next retry', () => {
    let document = apply(running(), planAddDirective(running(), mona)!);
    document = apply(document, planPickUp(document, 'retry-comment-9')!.patch);
    document = apply(document, retryDispatchedStatus('retry-comment-9'));
    const again = planPickUp(document, 'retry-comment-10')!;
    expect(again.keys).toEqual(['comment-5001']);
    expect(readRunDirectives(getSection(apply(document, again.patch), 'user').canon)[0]!.pickedUpBy).toBe('retry-comment-10');
  });

  it('ticks only pending directives, so a second retry picks up nothing', () => {
    let document = apply(running(), planAddDirective(running(), mona)!);
    const first = planPickUp(document, 'retry-comment-9')!;
    expect(first.keys).toEqual(['comment-5001']);
    document = apply(document, first.patch);
    expect(planPickUp(document, 'retry-comment-10')).toBeUndefined();
    document = apply(document, planAddDirective(document, review)!);
    const second = planPickUp(document, 'retry-comment-11')!;
    expect(second.keys).toEqual(['review-5001']);
    document = apply(document, second.patch);
    expect(readRunDirectives(getSection(document, 'user').canon).map((d) => d.pickedUpBy)).toEqual(['retry-comment-9', 'retry-comment-11']);
  });
});

describe('missingDirectivePatches', () => {
  it("gives a runner's copy the directives the App added to the comment meanwhile, with the App's patch ids", () => {
    const runner = apply(running(), planAddDirective(running(), mona)!);
    let comment = apply(runner, planAddDirective(runner, review)!);
    comment = apply(comment, planPickUp(comment, 'auto-review-5001')!.patch);
    const patches = missingDirectivePatches(runner, comment);
    expect(patches.map((p) => p.patchId)).toEqual(['directive-review-5001']);
    const merged = patches.reduce(apply, runner);
    expect(readRunDirectives(getSection(merged, 'user').canon)).toEqual([mona, { ...review, pickedUpBy: 'auto-review-5001' }]);
    expect(missingDirectivePatches(merged, comment)).toEqual([]);
  });
});

describe('readPendingDirectivesFromRunDocument', () => {
  const document = (() => {
    let d = apply(running(), planAddDirective(running(), mona)!);
    d = apply(d, planPickUp(d, 'retry-comment-9')!.patch);
    return apply(d, planAddDirective(d, review)!);
  })();

  it.each([
    ['the tracking comment body', renderRunComment(document)],
    ['a stored run document', renderRunDocument(document)],
  ])('reads %s: pending ones, plus those its own dispatch picked up', (_name, text) => {
    expect(readPendingDirectivesFromRunDocument(text)).toEqual({ ok: true, directives: [review] });
    expect(readPendingDirectivesFromRunDocument(text, 'retry-comment-9')).toEqual({ ok: true, directives: [{ ...mona, pickedUpBy: 'retry-comment-9' }, review] });
  });

  it('reads the directives of the retry the run is waiting for, without being told its key', () => {
    const waiting = apply(document, retryDispatchedStatus('retry-comment-9'));
    expect(readPendingDirectivesFromRunDocument(renderRunComment(waiting))).toEqual({ ok: true, directives: [{ ...mona, pickedUpBy: 'retry-comment-9' }, review] });
  });

  it('says why when the text carries no run document', () => {
    expect(readPendingDirectivesFromRunDocument('<!-- shopfloor:run-document run=x -->\nhello\n')).toMatchObject({ ok: false, error: expect.stringContaining('no embedded run state') });
  });
});

describe('embedded run state', () => {
  it('round-trips through the comment, whatever the sections hold', () => {
    const tricky = apply(running(), { kind: 'append-log-line', section: 'implementer', target: 'canon', text: '--> <!-- %3E 100% > ## User\n<!-- revision:99 -->' });
    expect(readEmbeddedRunState(renderRunComment(tricky))).toEqual({ ok: true, document: tricky });
  });

  it('keeps the last Terminal lines when the log is long, and the comment within the limit', () => {
    let document = running();
    for (let i = 0; i < 400; i++) document = apply(document, { kind: 'append-log-line', section: 'terminal', target: 'canon', text: `line ${i} ${'.'.repeat(40)}` });
    const body = renderRunComment(document, { maxChars: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    const back = readEmbeddedRunState(body);
    expect(back.ok && getSection(back.document, 'terminal').canon.split('\n').filter(Boolean)).toHaveLength(50);
    expect(back.ok && back.document.revision).toBe(document.revision);
  });

  it('does not take agent output in the Terminal fence for the state when the real state did not fit', () => {
    const forged = renderRunComment({ ...running(), runId: 'issue-1-abcdef12', revision: 99 }).split('\n').slice(-2 - renderRunDocument(running()).split('\n').length).join('\n');
    let document = apply(running(), { kind: 'append-log-line', section: 'terminal', target: 'canon', text: forged });
    document = apply(document, { kind: 'append-log-line', section: 'conductor', target: 'canon', text: 'c'.repeat(3_000) });
    const body = renderRunComment(document, { maxChars: 6_000 });
    expect(body).toContain('<!-- shopfloor:run-state');
    expect(readEmbeddedRunState(body)).toMatchObject({ ok: false });
  });

  it('refuses a state whose run is not the one the comment is marked for', () => {
    const other = renderRunComment({ ...running(), runId: 'other-run' });
    const forged = other.replace('run=other-run', 'run=issue-1-abcdef12');
    expect(readEmbeddedRunState(forged)).toMatchObject({ ok: false });
  });
});

describe('run waits', () => {
  it('a retry is pending until a runner changes the status', () => {
    const waiting = apply(running(), retryDispatchedStatus('auto-comment-5001'));
    expect(pendingRetry(waiting)).toBe('auto-comment-5001');
    expect(pendingRetry(apply(waiting, { kind: 'set-status', status: 'running' }))).toBeUndefined();
    expect(pendingRetry(running())).toBeUndefined();
  });

  it('a plan waits for approval until approved, and stays approved', () => {
    expect(planApprovalState(running())).toEqual({ kind: 'not-required' });
    const waiting = planApprovalRequired(1, 'f'.repeat(40)).reduce(apply, running());
    expect(planApprovalState(waiting)).toEqual({ kind: 'waiting', checkSha: 'f'.repeat(40) });
    expect(waiting.statusDetail).toBe('waiting for plan approval');
    const approved = planApproved('mona', 'write').reduce(apply, waiting);
    expect(planApprovalState(apply(approved, { kind: 'set-status', status: 'running' }))).toEqual({ kind: 'approved', by: 'mona' });
  });
});
