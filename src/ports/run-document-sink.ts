import type { RunDocument } from '../core/run-document/document-model.ts';
import type { RunEvent } from '../core/run-document/run-events.ts';

/**
 * Where a run document goes as it changes: a file, a tracking comment, a check run, a live stream.
 * A sink sees every event with the document it leaves behind; it may coalesce, but `flush` makes the
 * latest document land before it resolves (the run writer calls it at the end of a run).
 */
export interface RunDocumentSink {
  readonly name: string;
  readonly publish: (event: RunEvent, document: RunDocument) => Promise<void> | void;
  readonly flush: () => Promise<void>;
}

/** Time for sinks that throttle; injected so tests can move time by hand. */
export interface SinkClock {
  readonly now: () => number;
  /** Calls `callback` once after `ms`; the returned function cancels it. */
  readonly setTimer: (ms: number, callback: () => void) => () => void;
}
