import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../src/core/run-document/apply-ops.ts';
import { applyPatch } from '../../../src/core/run-document/apply-patch.ts';
import { createRunDocument, getSection, type RunDocument } from '../../../src/core/run-document/document-model.ts';
import type { PatchBody, PatchOp } from '../../../src/core/run-document/patch-types.ts';
import { parsePatch } from '../../../src/core/run-document/patch-types.ts';
import { createRunLedger } from '../../../src/core/run-document/run-ledger.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';

const start: RunDocument = {
  ...createRunDocument('run-1', 'Fix the flaky test'),
  sections: createRunDocument('run-1', 'x').sections.map((s) => (s.id === 'implementer' ? { ...s, canon: 'hello world\n' } : s)),
};
const apply = (body: PatchBody, document = start) => applyPatch(document, patch('run-1', 'p', body));
const implementer = (document: RunDocument) => getSection(document, 'implementer');

describe('applyOps', () => {
  it.each<[string, PatchOp[], string]>([
    ['insert at the start', [{ op: 'insert', text: '> ' }], '> hello world\n'],
    ['retain then insert', [{ op: 'retain', count: 5 }, { op: 'insert', text: ',' }], 'hello, world\n'],
    ['delete a word', [{ op: 'retain', count: 6 }, { op: 'delete', count: 5 }], 'hello \n'],
    ['replace a word', [{ op: 'retain', count: 6 }, { op: 'replace', count: 5, text: 'there' }], 'hello there\n'],
    ['retain to the end and append', [{ op: 'retain', count: 12 }, { op: 'insert', text: 'bye\n' }], 'hello world\nbye\n'],
  ])('%s', (_, ops, expected) => {
    expect(applyOps('hello world\n', ops)).toEqual({ ok: true, text: expected });
  });

  it.each<[string, PatchOp[], RegExp]>([
    ['retain past the end', [{ op: 'retain', count: 13 }], /op 1 \(retain\) reaches character 13 but the text has only 12/],
    ['delete past the end', [{ op: 'retain', count: 10 }, { op: 'delete', count: 3 }], /op 2 \(delete\) reaches character 13/],
  ])('rejects %s', (_, ops, reason) => {
    const result = applyOps('hello world\n', ops);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('never splits an emoji in two', () => {
    expect(applyOps('a🧪b', [{ op: 'retain', count: 2 }, { op: 'insert', text: 'x' }])).toMatchObject({ ok: false, reason: expect.stringMatching(/surrogate pair/) });
    expect(applyOps('a🧪b', [{ op: 'retain', count: 3 }, { op: 'insert', text: 'x' }])).toEqual({ ok: true, text: 'a🧪xb' });
  });
});

describe('applyPatch', () => {
  it('raises the revision by exactly one per applied patch', () => {
    let document = start;
    const bodies: PatchBody[] = [
      { kind: 'append-log-line', section: 'terminal', target: 'canon', text: '$ npm test' },
      { kind: 'mark-section-state', section: 'implementer', state: 'active' },
      { kind: 'edit', section: 'implementer', target: 'proposal', ops: [{ op: 'retain', count: 12 }, { op: 'insert', text: 'plan\n' }] },
      { kind: 'commit-proposal', section: 'implementer' },
      { kind: 'set-status', status: 'running' },
    ];
    for (const [i, body] of bodies.entries()) {
      const result = apply(body, document);
      expect(result.ok).toBe(true);
      if (result.ok) document = result.document;
      expect(document.revision).toBe(i + 1);
    }
    expect(implementer(document)).toEqual({ id: 'implementer', state: 'active', canon: 'hello world\nplan\n' });
    expect(document.status).toBe('running');
  });

  it('starts a proposal from the canon and keeps the canon untouched until commit', () => {
    const result = apply({ kind: 'append-log-line', section: 'implementer', target: 'proposal', text: 'maybe this' });
    expect(result.ok && implementer(result.document)).toEqual({ id: 'implementer', state: 'pending', canon: 'hello world\n', proposal: 'hello world\nmaybe this\n' });
  });

  it('discards a proposal and leaves the canon', () => {
    const proposed = apply({ kind: 'append-log-line', section: 'implementer', target: 'proposal', text: 'maybe' });
    const discarded = proposed.ok ? apply({ kind: 'discard-proposal', section: 'implementer' }, proposed.document) : proposed;
    expect(discarded.ok && implementer(discarded.document)).toEqual({ id: 'implementer', state: 'pending', canon: 'hello world\n' });
  });

  it.each<[string, PatchBody | 'wrong-run', RegExp]>([
    ['a patch for another run', 'wrong-run', /is for run "run-2", not "run-1"/],
    ['an unknown section', { kind: 'mark-section-state', section: 'reviewer' as never, state: 'done' }, /there is no section "reviewer"/],
    ['an edit out of range', { kind: 'edit', section: 'implementer', target: 'canon', ops: [{ op: 'delete', count: 99 }] }, /reaches character 99 .* in the canon of section "implementer"/],
    ['a commit with no proposal', { kind: 'commit-proposal', section: 'implementer' }, /has no proposal to commit/],
    ['a discard with no proposal', { kind: 'discard-proposal', section: 'user' }, /has no proposal to discard/],
  ])('rejects %s with a reason and changes nothing', (_, body, reason) => {
    const result = body === 'wrong-run' ? applyPatch(start, patch('run-2', 'p', { kind: 'set-status', status: 'running' })) : apply(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('accepts nothing once the run has ended', () => {
    const ended = { ...start, status: 'completed' as const };
    const result = apply({ kind: 'append-log-line', section: 'user', target: 'canon', text: 'late' }, ended);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/has ended \(completed\); start a new run/) });
  });
});

describe('run ledger', () => {
  it('applies a patch id once: redelivery is a no-op', () => {
    const ledger = createRunLedger(start);
    const p = patch('run-1', 'same-id', { kind: 'append-log-line', section: 'terminal', target: 'canon', text: 'once' });
    expect(ledger.submit(p, 't').kind).toBe('applied');
    expect(ledger.submit(p, 't').kind).toBe('duplicate');
    expect(ledger.submit({ ...p, text: 'other text, same id' } as typeof p, 't').kind).toBe('duplicate');
    expect(ledger.document().revision).toBe(1);
    expect(getSection(ledger.document(), 'terminal').canon).toBe('once\n');
  });

  it('remembers ids applied before a restart', () => {
    const ledger = createRunLedger(start, ['old-1']);
    expect(ledger.submit(patch('run-1', 'old-1', { kind: 'set-status', status: 'running' }), 't').kind).toBe('duplicate');
  });

  it('does not burn the id of a rejected patch', () => {
    const ledger = createRunLedger(start);
    expect(ledger.submit(patch('run-1', 'x', { kind: 'commit-proposal', section: 'user' }), 't').kind).toBe('rejected');
    expect(ledger.submit(patch('run-1', 'x', { kind: 'set-status', status: 'running' }), 't').kind).toBe('applied');
  });

  it('emits run.status, run.failed and run.patch events with the new revision', () => {
    const ledger = createRunLedger(start);
    const kinds = [
      ledger.submit(patch('run-1', 'a', { kind: 'set-status', status: 'running' }), 't'),
      ledger.submit(patch('run-1', 'b', { kind: 'append-log-line', section: 'user', target: 'canon', text: 'hi' }), 't'),
      ledger.submit(patch('run-1', 'c', { kind: 'set-status', status: 'failed', detail: 'gate unit failed' }), 't'),
    ].map((o) => (o.kind === 'applied' ? [o.event.type, o.event.revision] : o.kind));
    expect(kinds).toEqual([['run.status', 1], ['run.patch', 2], ['run.failed', 3]]);
  });
});

describe('parsePatch', () => {
  it('explains a malformed patch', () => {
    expect(parsePatch({ runId: 'r', patchId: 'p', source: 'agent', kind: 'edit', section: 'implementer', target: 'canon', ops: [{ op: 'delete', count: -1 }] })).toMatchObject({ ok: false, reason: expect.stringMatching(/ops\.0\.count/) });
    expect(parsePatch({ runId: 'r', patchId: 'p', source: 'robot', kind: 'set-status', status: 'running' })).toMatchObject({ ok: false, reason: expect.stringMatching(/source/) });
  });
});
