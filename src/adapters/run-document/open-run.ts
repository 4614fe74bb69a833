import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRunId, createRunDocument, type RunDocument } from '../../core/run-document/document-model.ts';
import { isRevisionEvent, type RunEvent } from '../../core/run-document/run-events.ts';
import type { FileRunStore } from './file-run-store.ts';
import { acquireRunLock } from './run-lock.ts';
import { runFiles } from './run-store-layout.ts';

export interface OpenedRun {
  readonly document: RunDocument;
  readonly appliedPatchIds: readonly string[];
  /** True when this call created the run; false when it reopened one (after a restart). */
  readonly created: boolean;
  readonly startedEvent?: RunEvent;
  readonly release: () => Promise<void>;
}

/**
 * Opens a run for writing, creating it (from `initial` when given: a run document continued from elsewhere,
 * such as the App's tracking comment, at its revision) or recovering it. The document file is the truth: events the
 * log holds beyond the document's revision (written just before a crash) are dropped, so the next
 * patch gets the next revision and the revision never goes down or repeats with different content.
 */
export async function openRun(store: FileRunStore, runId: string, objective: string, at: string, initial?: RunDocument): Promise<OpenedRun> {
  const valid = checkRunId(runId);
  if (!valid.ok) throw new RangeError(valid.reason);
  const paths = runFiles(store.dir, runId);
  await mkdir(paths.dir, { recursive: true });
  const release = await acquireRunLock(paths.lock, runId);
  try {
    // Temp files of atomic writes that a kill interrupted; the real files are whole without them.
    for (const name of await readdir(paths.dir)) if (name.startsWith('.') && name.endsWith('.tmp')) await rm(join(paths.dir, name), { force: true });
    const existing = await store.readDocument(runId);
    if (!existing) {
      if (initial && initial.runId !== runId) throw new RangeError(`the run document to continue is for run "${initial.runId}", not "${runId}"`);
      const document = initial ?? createRunDocument(runId, objective);
      // A continued run opens at the revision it continues; consumers that see the gap refetch.
      const startedEvent: RunEvent = initial
        ? { type: 'run.progress', runId, revision: initial.revision, note: `continued at revision ${initial.revision}`, at }
        : { type: 'run.started', runId, revision: 0, objective: document.objective, at };
      await store.rewriteEventLog(runId, [startedEvent]);
      await store.writeDocument(document);
      return { document, appliedPatchIds: [], created: true, startedEvent, release };
    }
    const log = await store.readEventLog(runId);
    const kept = log.events.filter((e) => e.revision <= existing.revision);
    // Rewritten every time: it also drops a line torn by a kill mid-append.
    await store.rewriteEventLog(runId, kept);
    const appliedPatchIds = kept.filter(isRevisionEvent).map((e) => e.patch.patchId);
    return { document: existing, appliedPatchIds, created: false, release };
  } catch (error) {
    await release();
    throw error;
  }
}
