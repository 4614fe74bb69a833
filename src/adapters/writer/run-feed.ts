import { consumeRunEvent, createRunView, resyncRunView, type RunView } from '../../core/run-document/consume-run-events.ts';
import { createRunDocument, type DocumentRunStatus, type RunDocument } from '../../core/run-document/document-model.ts';
import { isRevisionEvent, type RevisionEvent, type RunEvent } from '../../core/run-document/run-events.ts';
import type { FileRunStore } from '../run-document/file-run-store.ts';

export interface RunSummary {
  readonly runId: string;
  readonly objective: string;
  readonly status: DocumentRunStatus;
  readonly statusDetail: string;
  readonly revision: number;
  /** When the run's first event was written (ISO 8601), as far as the event log still shows. */
  readonly startedAt?: string;
  /** When its last event was written: the end of a finished run. */
  readonly updatedAt?: string;
}

/** When a run and each of its phases (sections) started and ended, from its event log's timestamps. */
export interface RunTimes {
  readonly startedAt?: string;
  readonly updatedAt?: string;
  readonly sections: Readonly<Record<string, { readonly startedAt?: string; readonly endedAt?: string }>>;
}

/** What a live subscriber receives: an event, or word that its copy is stale and must be refetched. */
export type FeedMessage = { readonly kind: 'event'; readonly event: RunEvent } | { readonly kind: 'resync'; readonly revision: number };

export interface RunFeed {
  /**
   * Reads the store (new runs, new events) and resolves once everything written before the call is in
   * the feed. The server calls it on a timer, and before answering from the feed.
   */
  readonly poll: () => Promise<void>;
  readonly list: () => RunSummary[];
  readonly document: (runId: string) => RunDocument | undefined;
  /** The document as it was at `revision`, rebuilt from the run's event log; undefined when the log no longer reaches back there. */
  readonly documentAt: (runId: string, revision: number) => Promise<RunDocument | undefined>;
  readonly times: (runId: string) => RunTimes | undefined;
  /** Events after `revision` still held in memory, or `resync` when they are not (too old, or ahead). */
  readonly eventsAfter: (runId: string, revision: number) => readonly RevisionEvent[] | 'resync';
  readonly subscribe: (runId: string, listener: (message: FeedMessage) => void) => () => void;
}

interface Tracked {
  view: RunView;
  offset: number;
  history: RevisionEvent[];
  firstAt?: string;
  lastAt?: string;
  sections: Record<string, { startedAt?: string; endedAt?: string }>;
}

/**
 * Follows the run store on disk, so runs written by any process show up live: it tails each run's
 * event log from where it stopped, applies the events to an in-memory copy (resyncing from the
 * document file on a gap), and keeps at least the last `historySize` events for reconnecting clients.
 */
export function createRunFeed(store: FileRunStore, options: { historySize?: number; onError?: (error: unknown) => void } = {}): RunFeed {
  const historySize = options.historySize ?? 5_000;
  const runs = new Map<string, Tracked>();
  const failing = new Map<string, string>();
  const listeners = new Map<string, Set<(message: FeedMessage) => void>>();
  const tell = (runId: string, message: FeedMessage) => {
    for (const listener of listeners.get(runId) ?? []) listener(message);
  };

  const remember = (tracked: Tracked, event: RevisionEvent) => {
    tracked.history.push(event);
    // Trimmed in batches so a busy run does not shift the whole history on every event.
    if (tracked.history.length >= historySize * 2) tracked.history.splice(0, tracked.history.length - historySize);
  };

  async function follow(runId: string): Promise<void> {
    let tracked = runs.get(runId);
    if (!tracked) {
      const document = await store.readDocument(runId);
      if (!document) return;
      tracked = { view: createRunView(document), offset: 0, history: [], sections: {} };
      runs.set(runId, tracked);
    }
    const chunk = await store.readEventLog(runId, tracked.offset);
    if (chunk.restarted) {
      // Recovery rewrote the log (a writer crashed and restarted): start from the document again.
      const document = await store.readDocument(runId);
      if (document) tracked.view = createRunView(document);
      tracked.history = [];
      tell(runId, { kind: 'resync', revision: tracked.view.document.revision });
    }
    tracked.offset = chunk.nextOffset;
    for (const event of chunk.events) {
      tracked.firstAt ??= event.at;
      tracked.lastAt = event.at;
      if (event.type === 'run.patch' && event.patch.kind === 'mark-section-state') {
        const phase = (tracked.sections[event.patch.section] ??= {});
        if (event.patch.state === 'active') phase.startedAt ??= event.at;
        else if (event.patch.state !== 'pending') {
          phase.startedAt ??= event.at;
          phase.endedAt = event.at;
        }
      }
      const before = tracked.view.document.revision;
      // Events the snapshot already holds still serve clients that reconnect from further back.
      if (isRevisionEvent(event) && event.revision <= before && event.revision === (tracked.history.at(-1)?.revision ?? 0) + 1) {
        remember(tracked, event);
        continue;
      }
      const { view } = consumeRunEvent(tracked.view, event);
      tracked.view = view;
      if (view.needsResync) {
        const document = await store.readDocument(runId);
        if (document) tracked.view = resyncRunView(view, document);
        tell(runId, { kind: 'resync', revision: tracked.view.document.revision });
      } else if (isRevisionEvent(event) && view.document.revision > before + 1) {
        // Held events were drained at once; they are not in the history, so clients must refetch.
        tracked.history = [];
        tell(runId, { kind: 'resync', revision: view.document.revision });
      } else if (isRevisionEvent(event) && view.document.revision === before + 1) {
        remember(tracked, event);
        tell(runId, { kind: 'event', event });
      } else if (event.type === 'run.progress' && event.revision === view.document.revision) {
        tell(runId, { kind: 'event', event });
      }
    }
  }

  async function readStore(): Promise<void> {
    for (const runId of await store.listRunIds()) {
      try {
        await follow(runId);
        failing.delete(runId);
      } catch (error) {
        // Polled several times a second: say it once per run and problem, not on every poll.
        const message = error instanceof Error ? error.message : String(error);
        if (failing.get(runId) !== message) options.onError?.(error);
        failing.set(runId, message);
      }
    }
  }

  // Reads never overlap: two reading one log at once can set its offset back and read it again, and every
  // page asks for one. A poll asked for while one is under way is the next read, which starts after that
  // one ends, so it sees every write made before it was asked for; callers asking meanwhile share it.
  let last: Promise<void> = Promise.resolve();
  let next: Promise<void> | undefined;
  return {
    poll: () => {
      if (!next) {
        next = last.catch(() => undefined).then(() => {
          next = undefined;
          return readStore();
        });
        last = next;
      }
      return next;
    },
    // Newest first: what a reader opens the list for is the run that just started.
    times: (runId) => {
      const tracked = runs.get(runId);
      return tracked && { ...(tracked.firstAt ? { startedAt: tracked.firstAt } : {}), ...(tracked.lastAt ? { updatedAt: tracked.lastAt } : {}), sections: tracked.sections };
    },
    documentAt: async (runId, revision) => {
      const { events } = await store.readEventLog(runId, 0);
      const started = events.find((event) => event.type === 'run.started');
      if (!started || started.type !== 'run.started') return undefined;
      let view = createRunView(createRunDocument(runId, started.objective));
      for (const event of events) {
        if (view.document.revision >= revision) break;
        if (isRevisionEvent(event) && event.revision <= revision) view = consumeRunEvent(view, event).view;
      }
      return view.document.revision === revision ? view.document : undefined;
    },
    list: () =>
      [...runs.values()]
        .map(({ view: { document: d }, firstAt, lastAt }) => ({ runId: d.runId, objective: d.objective, status: d.status, statusDetail: d.statusDetail, revision: d.revision, ...(firstAt ? { startedAt: firstAt } : {}), ...(lastAt ? { updatedAt: lastAt } : {}) }))
        .sort((a, b) => (b.startedAt ?? '').localeCompare(a.startedAt ?? '') || b.runId.localeCompare(a.runId)),
    document: (runId) => runs.get(runId)?.view.document,
    eventsAfter: (runId, revision) => {
      const tracked = runs.get(runId);
      if (!tracked) return 'resync';
      const current = tracked.view.document.revision;
      if (revision === current) return [];
      const first = tracked.history[0]?.revision ?? current + 1;
      if (revision > current || revision + 1 < first) return 'resync';
      return tracked.history.filter((e) => e.revision > revision);
    },
    subscribe: (runId, listener) => {
      const set = listeners.get(runId) ?? new Set();
      listeners.set(runId, set.add(listener));
      return () => void set.delete(listener);
    },
  };
}
