import { describe, expect, it, vi } from 'vitest';
import { createCommentSink } from '../../../src/adapters/run-document/comment-sink.ts';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { openRunWriter, type RunWriter } from '../../../src/adapters/run-document/run-writer.ts';
import { applyPatch } from '../../../src/core/run-document/apply-patch.ts';
import { createRunDocument, getSection, type RunDocument } from '../../../src/core/run-document/document-model.ts';
import { readEmbeddedRunState } from '../../../src/core/run-document/embedded-run-state.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';
import { runCommentMarker } from '../../../src/core/run-document/run-comment-marker.ts';
import type { RunDocumentSink } from '../../../src/ports/run-document-sink.ts';
import { createFakeClock } from '../../helpers/fake-clock.ts';
import { createFakeForge } from '../../helpers/fake-forge.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const target = { repo: 'acme/app', issueNumber: 12 };

/** The App's document at revision 3: status, one Conductor line, waiting. */
function appDocument(): RunDocument {
  let document = createRunDocument('r1', 'Ship it');
  for (const [index, body] of [
    { kind: 'set-status', status: 'running' },
    { kind: 'append-log-line', section: 'conductor', target: 'canon', text: 'Work order wo-1 from issue #12.' },
    { kind: 'set-status', status: 'waiting', detail: 'waiting for a runner' },
  ].entries()) {
    const result = applyPatch(document, patch('r1', `app-${index}`, body as never));
    if (!result.ok) throw new Error(result.reason);
    document = result.document;
  }
  return document;
}

describe('a run continued from another writer\'s document', () => {
  it('opens at that revision, tells only the file store until the first patch, and goes on from there', async () => {
    const storeDir = await makeTempDir();
    const seen: number[] = [];
    const sink: RunDocumentSink = { name: 'probe', publish: (_event, document) => void seen.push(document.revision), flush: async () => undefined };
    const writer = await openRunWriter({ storeDir, runId: 'r1', objective: 'ignored', sinks: [sink], continueFrom: appDocument() });
    expect(seen).toEqual([]);
    const outcome = await writer.submit(patch('r1', 'runner-1', { kind: 'set-status', status: 'running', detail: 'implementing' }));
    expect(outcome).toMatchObject({ kind: 'applied', document: { revision: 4 } });
    await writer.close();
    expect(seen).toEqual([4]);
    const store = createFileRunStore(storeDir);
    expect(await store.readDocument('r1')).toMatchObject({ revision: 4, objective: 'Ship it', status: 'running' });
    expect(getSection((await store.readDocument('r1'))!, 'conductor').canon).toBe('Work order wo-1 from issue #12.\n');
    expect((await store.readEventLog('r1')).events.map((e) => `${e.type}@${e.revision}`)).toEqual(['run.progress@3', 'run.status@4']);
  });

  it('refuses a document of another run', async () => {
    await expect(openRunWriter({ storeDir: await makeTempDir(), runId: 'r2', objective: 'x', continueFrom: appDocument() })).rejects.toThrow('the run document to continue is for run "r1", not "r2"');
  });
});

describe('comment sink edits that take in what others wrote', () => {
  async function setup() {
    const clock = createFakeClock(1_000_000);
    const forge = createFakeForge(() => clock.now());
    const app = appDocument();
    const created = await forge.createIssueComment(target, renderRunComment(app));
    forge.calls.length = 0;
    const bound: { writer?: RunWriter } = {};
    const takenIn: number[] = [];
    // Plays the runner's beforeEdit: the App added a directive meanwhile; take it in once, through the writer.
    const beforeEdit = async (commentId: number) => {
      takenIn.push(commentId);
      if (takenIn.length === 1) await bound.writer!.submit(patch('r1', 'directive-comment-5001', { kind: 'append-log-line', section: 'user', target: 'canon', text: '- [ ] @mona in [comment 5001](): keep the name' }));
    };
    const sink = createCommentSink({ forge, target, clock, commentId: created.id, beforeEdit });
    const writer = await openRunWriter({ storeDir: await makeTempDir(), runId: 'r1', objective: 'x', sinks: [sink], continueFrom: app });
    bound.writer = writer;
    return { clock, forge, writer, takenIn, commentId: created.id, sink };
  }

  it('one read-and-take-in per edit, the edit carries what was taken in, and no extra write follows', async () => {
    const { clock, forge, writer, takenIn, commentId, sink } = await setup();
    await writer.submit(patch('r1', 'runner-1', { kind: 'set-status', status: 'running', detail: 'implementing' }));
    // The leading-edge edit is under way (the take-in goes through the file store); wait until it landed.
    await vi.waitFor(() => expect(sink.writes()).toBe(1));
    expect(takenIn).toEqual([commentId]);
    const first = readEmbeddedRunState(forge.comments.get(commentId)!.body);
    expect(first.ok && getSection(first.document, 'user').canon).toContain('@mona in [comment 5001]');
    expect(first.ok && first.document.revision).toBe(5);
    await clock.advance(10_000);
    expect(sink.writes()).toBe(1);
    await writer.close();
    expect(sink.writes()).toBe(1);
    expect(forge.calls.map((c) => c.kind)).toEqual(['update-comment']);
  });

  it('takes in during the final flush too, and the run store holds what the comment shows', async () => {
    const { forge, writer, takenIn, commentId } = await setup();
    // No clock advance: the only edit is the flush at close.
    await writer.submit(patch('r1', 'runner-1', { kind: 'append-log-line', section: 'conductor', target: 'canon', text: 'runner line' }));
    await writer.close();
    expect(takenIn).toEqual([commentId]);
    const shown = readEmbeddedRunState(forge.comments.get(commentId)!.body);
    expect(shown.ok && shown.document).toEqual(writer.document());
    expect(writer.document().revision).toBe(5);
  });

  it('adopts by marker only a comment `adopt` accepts; otherwise it creates its own', async () => {
    const clock = createFakeClock(0);
    const forge = createFakeForge(() => clock.now());
    await forge.createIssueComment(target, `${runCommentMarker('r1')}\npasted by someone`);
    const sink = createCommentSink({ forge, target, clock, adopt: (comment) => comment.authorAppId !== undefined });
    await sink.publish({ type: 'run.started', runId: 'r1', revision: 0, objective: 'x', at: 't' }, createRunDocument('r1', 'x'));
    await sink.flush();
    expect(forge.comments.size).toBe(2);
    expect([...forge.comments.values()][0]!.body).toContain('pasted by someone');
  });
});
