import type { RunDocument } from '../../core/run-document/document-model.ts';
import type { RunEvent } from '../../core/run-document/run-events.ts';
import type { RunDocumentSink } from '../../ports/run-document-sink.ts';
import type { FileRunStore } from './file-run-store.ts';

/**
 * Persists a run: events are appended to the log, then the document is replaced atomically. Writes are
 * group-committed: while one write is on disk, later patches queue up and land together in the next,
 * so a fast agent costs a few fsyncs per second, not one per patch. `publish` resolves once the
 * document holding that event is durable. Revisions on disk only ever go up.
 */
export function createFileSink(store: FileRunStore, runId: string): RunDocumentSink {
  let pendingEvents: RunEvent[] = [];
  let pendingDocument: RunDocument | undefined;
  let waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let writing: Promise<void> | undefined;
  let written = -1;

  async function writeLoop(): Promise<void> {
    while (pendingDocument) {
      const events = pendingEvents;
      const document = pendingDocument;
      const batch = waiters;
      pendingEvents = [];
      pendingDocument = undefined;
      waiters = [];
      try {
        await store.appendEvents(runId, events);
        if (document.revision > written) {
          await store.writeDocument(document);
          written = document.revision;
        }
        for (const waiter of batch) waiter.resolve();
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
    }
    writing = undefined;
  }

  return {
    name: 'file',
    publish: (event, document) =>
      new Promise<void>((resolve, reject) => {
        if (event.type !== 'run.started') pendingEvents.push(event);
        if (!pendingDocument || document.revision >= pendingDocument.revision) pendingDocument = document;
        waiters.push({ resolve, reject });
        writing ??= writeLoop();
      }),
    flush: async () => {
      while (writing) await writing;
    },
  };
}
