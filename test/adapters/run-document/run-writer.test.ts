import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunEventHub, createEventStreamSink } from '../../../src/adapters/run-document/event-stream-sink.ts';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { RunLockedError, RunPatchRejectedError } from '../../../src/adapters/run-document/run-store-errors.ts';
import { createRunStoreRecorder } from '../../../src/adapters/run-document/run-store-recorder.ts';
import { openRunWriter } from '../../../src/adapters/run-document/run-writer.ts';
import { getSection } from '../../../src/core/run-document/document-model.ts';
import type { RunEvent } from '../../../src/core/run-document/run-events.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('run writer over the file store', () => {
  it('creates the run at once: document at revision 0 and a run.started event', async () => {
    const storeDir = await makeTempDir();
    const writer = await openRunWriter({ storeDir, runId: 'r1', objective: 'Ship it' });
    const store = createFileRunStore(storeDir);
    expect(await store.readDocument('r1')).toMatchObject({ runId: 'r1', revision: 0, objective: 'Ship it', status: 'initializing' });
    expect((await store.readEventLog('r1')).events.map((e) => e.type)).toEqual(['run.started']);
    await writer.close();
  });

  it('lets agents write through the RunRecorder port', async () => {
    const storeDir = await makeTempDir();
    const writer = await openRunWriter({ storeDir, runId: 'r1', objective: 'Ship it' });
    const recorder = createRunStoreRecorder(writer);
    await recorder.setStatus('running');
    await recorder.markSection('implementer', 'active');
    await recorder.appendLine('implementer', 'draft 1', { target: 'proposal' });
    await recorder.commitProposal('implementer');
    await recorder.commitProposal('implementer'); // nothing left: a no-op, not an error
    await recorder.discardProposal('user');
    await recorder.appendLine('terminal', '$ npm test\nok');
    await writer.close();
    const document = (await createFileRunStore(storeDir).readDocument('r1'))!;
    expect(document.revision).toBe(5);
    expect(getSection(document, 'implementer')).toEqual({ id: 'implementer', state: 'active', canon: 'draft 1\n' });
    expect(getSection(document, 'terminal').canon).toBe('$ npm test\nok\n');
  });

  it('throws a named error for a patch the document refuses', async () => {
    const storeDir = await makeTempDir();
    const writer = await openRunWriter({ storeDir, runId: 'r1', objective: 'x' });
    const recorder = createRunStoreRecorder(writer);
    await recorder.setStatus('completed');
    await expect(recorder.appendLine('user', 'too late')).rejects.toThrow(RunPatchRejectedError);
    await writer.close();
  });

  it('resumes after a restart: same revision, replayed patch ids skipped', async () => {
    const storeDir = await makeTempDir();
    const first = await openRunWriter({ storeDir, runId: 'r1', objective: 'x' });
    const p1 = patch('r1', 'step-1', { kind: 'append-log-line', section: 'terminal', target: 'canon', text: 'one' });
    await first.submit(p1);
    await first.close();
    const second = await openRunWriter({ storeDir, runId: 'r1', objective: 'ignored' });
    expect(second.created).toBe(false);
    expect((await second.submit(p1)).kind).toBe('duplicate');
    const outcome = await second.submit(patch('r1', 'step-2', { kind: 'append-log-line', section: 'terminal', target: 'canon', text: 'two' }));
    expect(outcome.kind === 'applied' && outcome.document.revision).toBe(2);
    await second.close();
  });

  it('drops log events the document never reached and a torn last line, so revisions are not reused', async () => {
    const storeDir = await makeTempDir();
    const first = await openRunWriter({ storeDir, runId: 'r1', objective: 'x' });
    await first.submit(patch('r1', 'a', { kind: 'set-status', status: 'running' }));
    await first.close();
    const log = join(storeDir, 'r1', 'events.jsonl');
    // A crash between appending the event and replacing the document, then a kill mid-append.
    const ghostPatch = patch('r1', 'ghost', { kind: 'append-log-line', section: 'user', target: 'canon', text: 'never happened' });
    const ghost: RunEvent = { type: 'run.patch', runId: 'r1', revision: 2, patch: ghostPatch, at: 't' };
    await appendFile(log, `${JSON.stringify(ghost)}\n{"type":"run.pat`);
    const second = await openRunWriter({ storeDir, runId: 'r1', objective: 'x' });
    expect((await second.submit(ghostPatch)).kind).toBe('applied');
    await second.close();
    const events = (await createFileRunStore(storeDir).readEventLog('r1')).events;
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
    const lines = (await readFile(log, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('stops taking patches once one could not be persisted, so memory never runs ahead of disk', async () => {
    const storeDir = await makeTempDir();
    let fail = false;
    const flaky = { name: 'flaky', publish: () => (fail ? Promise.reject(new Error('disk full')) : undefined), flush: async () => undefined };
    const writer = await openRunWriter({ storeDir, runId: 'r1', objective: 'x', sinks: [flaky] });
    fail = true;
    await expect(writer.submit(patch('r1', 'a', { kind: 'set-status', status: 'running' }))).rejects.toThrow('disk full');
    await expect(writer.submit(patch('r1', 'b', { kind: 'set-status', status: 'waiting' }))).rejects.toThrow(/could not persist a patch \(Error: disk full\); reopen the run/);
    await writer.close();
  });

  it('refuses a second live writer for the same run', async () => {
    const storeDir = await makeTempDir();
    const first = await openRunWriter({ storeDir, runId: 'r1', objective: 'x' });
    await writeFile(join(storeDir, 'r1', 'writer.lock'), `${process.ppid}\n`);
    await expect(openRunWriter({ storeDir, runId: 'r1', objective: 'x' })).rejects.toThrow(RunLockedError);
    await first.close();
  });

  it('rejects a run id that could escape the store', async () => {
    const storeDir = await makeTempDir();
    await expect(openRunWriter({ storeDir, runId: '../etc', objective: 'x' })).rejects.toThrow(/run id "..\/etc" is not valid/);
  });

  it('keeps concurrent runs apart: each sink and file sees only its own run', async () => {
    const storeDir = await makeTempDir();
    const hub = createRunEventHub();
    const seen = new Map<string, string[]>();
    for (const id of ['a', 'b', 'c']) hub.subscribe(id, (event) => seen.set(id, [...(seen.get(id) ?? []), event.runId]));
    const writers = await Promise.all(['a', 'b', 'c'].map((runId) => openRunWriter({ storeDir, runId, objective: `run ${runId}`, sinks: [createEventStreamSink(hub)] })));
    await Promise.all(writers.flatMap((w) => Array.from({ length: 50 }, (_, i) => w.submit(patch(w.runId, `p${i}`, { kind: 'append-log-line', section: 'terminal', target: 'canon', text: `${w.runId}-${i}` })))));
    await Promise.all(writers.map((w) => w.close()));
    const store = createFileRunStore(storeDir);
    for (const id of ['a', 'b', 'c']) {
      const terminal = getSection((await store.readDocument(id))!, 'terminal').canon;
      expect(terminal.split('\n').filter(Boolean).every((line) => line.startsWith(`${id}-`))).toBe(true);
      expect(seen.get(id)!.every((runId) => runId === id)).toBe(true);
      expect(seen.get(id)).toHaveLength(51);
    }
  });
});
