import type { RunDocument } from '../../core/run-document/document-model.ts';
import type { RunEvent } from '../../core/run-document/run-events.ts';
import type { RunDocumentSink } from '../../ports/run-document-sink.ts';

export type RunEventListener = (event: RunEvent, document: RunDocument) => void;

/** An in-process fan-out of run events, keyed by run id (the web view subscribes to it). */
export interface RunEventHub {
  readonly publish: RunEventListener;
  /** Listens to one run, or to all runs with `'*'`; returns the unsubscribe function. */
  readonly subscribe: (runId: string | '*', listener: RunEventListener) => () => void;
}

export function createRunEventHub(): RunEventHub {
  const listeners = new Map<string, Set<RunEventListener>>();
  const notify = (key: string, event: RunEvent, document: RunDocument) => {
    for (const listener of listeners.get(key) ?? []) listener(event, document);
  };
  return {
    publish: (event, document) => {
      notify(event.runId, event, document);
      notify('*', event, document);
    },
    subscribe: (runId, listener) => {
      const set = listeners.get(runId) ?? new Set();
      listeners.set(runId, set.add(listener));
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(runId);
      };
    },
  };
}

/** A sink that forwards every event of a run into a hub; nothing to flush. */
export function createEventStreamSink(hub: RunEventHub): RunDocumentSink {
  return { name: 'event-stream', publish: hub.publish, flush: async () => undefined };
}
