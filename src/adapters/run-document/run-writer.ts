import type { RunDocument } from '../../core/run-document/document-model.ts';
import type { Patch } from '../../core/run-document/patch-types.ts';
import { createRunLedger, type LedgerOutcome } from '../../core/run-document/run-ledger.ts';
import type { RunEvent } from '../../core/run-document/run-events.ts';
import type { RunDocumentSink } from '../../ports/run-document-sink.ts';
import { createFileRunStore } from './file-run-store.ts';
import { createFileSink } from './file-sink.ts';
import { openRun } from './open-run.ts';

export interface RunWriterOptions {
  /** The run store directory (default layout: `<repo>/.shopfloor/runs`). */
  readonly storeDir: string;
  readonly runId: string;
  /** Title of a new run; ignored when the run already exists. */
  readonly objective: string;
  /** Extra sinks (comment, check run, event stream); the file sink is always first. */
  readonly sinks?: readonly RunDocumentSink[];
  /** ISO time for event stamps; injected for reproducible logs. */
  readonly now?: () => string;
  /**
   * The document a new run continues (same run id), e.g. the one embedded in the App's tracking comment:
   * the run opens at its revision instead of 0, so revisions keep going up. Ignored when the store
   * already holds the run. The other sinks are not told about it until the first patch.
   */
  readonly continueFrom?: RunDocument;
}

export interface RunWriter {
  readonly runId: string;
  readonly created: boolean;
  readonly document: () => RunDocument;
  /** Applies a patch and resolves once the file holding it is durable and every sink has seen it. */
  readonly submit: (patch: Patch) => Promise<LedgerOutcome>;
  /** A heartbeat with a note ("turn 3 of 20"); the document does not change. */
  readonly progress: (note: string) => Promise<void>;
  /** Flushes every sink (the final comment edit lands) and releases the run's lock. Patches a sink submits while flushing still apply. */
  readonly close: () => Promise<void>;
}

/**
 * The single writer of one run: owns the ledger (document + applied patch ids), persists through the
 * file sink and fans events out to the other sinks in revision order. Reopening a run after a crash
 * continues from the stored revision; patches replayed by the restarted agent are recognised and skipped.
 */
export async function openRunWriter(options: RunWriterOptions): Promise<RunWriter> {
  const now = options.now ?? (() => new Date().toISOString());
  const store = createFileRunStore(options.storeDir);
  const opened = await openRun(store, options.runId, options.objective, now(), options.continueFrom);
  const ledger = createRunLedger(opened.document, opened.appliedPatchIds);
  const sinks = [createFileSink(store, options.runId), ...(options.sinks ?? [])];
  const publish = (event: RunEvent, document: RunDocument) => Promise.all(sinks.map((sink) => sink.publish(event, document)));
  // A continued run's start is on disk already (openRun wrote it) and is what the other sinks show (it came from there).
  if (opened.startedEvent && !options.continueFrom) await publish(opened.startedEvent, opened.document);
  let closed = false;
  let closing: Promise<void> | undefined;
  let broken: Error | undefined;
  return {
    runId: options.runId,
    created: opened.created,
    document: ledger.document,
    submit: async (patch) => {
      if (closed) throw new Error(`run writer for "${options.runId}" is closed; open it again to write`);
      if (broken) throw new Error(`run writer for "${options.runId}" could not persist a patch (${String(broken)}); reopen the run to continue from what is on disk`, { cause: broken });
      const outcome = ledger.submit(patch, now());
      if (outcome.kind === 'applied') {
        // Memory is ahead of disk if a sink fails; refusing more patches keeps revisions honest.
        await publish(outcome.event, outcome.document).catch((error: unknown) => {
          broken = error instanceof Error ? error : new Error(String(error));
          throw error;
        });
      }
      return outcome;
    },
    progress: async (note) => {
      const document = ledger.document();
      await publish({ type: 'run.progress', runId: options.runId, revision: document.revision, note, at: now() }, document);
    },
    close: () => (closing ??= (async () => {
      try {
        // A sink may take in patches while it flushes (the comment sink takes in what the App added), so
        // flush again until a pass adds nothing; the file sink, first in each pass, then holds them too.
        let revision: number;
        do {
          revision = ledger.document().revision;
          for (const sink of sinks) await sink.flush();
        } while (ledger.document().revision !== revision);
      } finally {
        closed = true;
        await opened.release();
      }
    })()),
  };
}
