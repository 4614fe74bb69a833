import type { SinkClock } from '../../ports/run-document-sink.ts';

export interface CoalescedWriterOptions {
  readonly clock: SinkClock;
  /** At most one write per this many milliseconds (GitHub allows ~80 content writes a minute). */
  readonly intervalMs: number;
  /** Renders the current body; called only when a write is due. */
  readonly render: () => string;
  readonly write: (body: string) => Promise<void>;
  /**
   * Called once a write is due (the body differs from the last one written), before it is made; the body
   * is rendered again afterwards. A sink uses it to learn what others changed in its target meanwhile.
   * What it changes goes out in this write; the trailing write those changes schedule finds nothing new.
   */
  readonly beforeWrite?: () => Promise<void>;
  /** Called when a throttled write fails; the next change or the flush retries. */
  readonly onError?: (error: unknown) => void;
}

export interface CoalescedWriter {
  /** Something changed: write now if the interval has passed, else once it has. */
  readonly changed: () => void;
  /** Writes the latest body now, whatever the interval, unless it is unchanged; rejects if that fails. */
  readonly flush: () => Promise<void>;
  readonly writes: () => number;
}

/**
 * Throttles writes of a rendered body: leading edge when idle, one trailing write per interval while
 * changes keep coming, nothing when the rendered text equals the last one written. Writes never overlap,
 * so the last write issued is the last to land.
 */
export function createCoalescedWriter(options: CoalescedWriterOptions): CoalescedWriter {
  const { clock, intervalMs } = options;
  let lastBody: string | undefined;
  let lastWriteAt = -Infinity;
  let cancelTimer: (() => void) | undefined;
  let chain: Promise<void> = Promise.resolve();
  let count = 0;

  const writeLatest = (): Promise<void> => {
    chain = chain.then(async () => {
      let body = options.render();
      if (body === lastBody) return;
      lastWriteAt = clock.now();
      if (options.beforeWrite) {
        await options.beforeWrite();
        body = options.render();
      }
      await options.write(body);
      lastBody = body;
      count++;
    });
    return chain;
  };
  const cancel = () => {
    cancelTimer?.();
    cancelTimer = undefined;
  };
  const throttledWrite = () => {
    cancelTimer = undefined;
    writeLatest().catch((error: unknown) => {
      chain = Promise.resolve();
      options.onError?.(error);
    });
  };

  return {
    changed: () => {
      if (cancelTimer) return;
      const wait = lastWriteAt + intervalMs - clock.now();
      if (wait <= 0) throttledWrite();
      else cancelTimer = clock.setTimer(wait, throttledWrite);
    },
    flush: async () => {
      cancel();
      await chain.catch(() => undefined);
      chain = Promise.resolve();
      await writeLatest();
      // beforeWrite may have changed the document (and set a timer); what it changed is already written.
      cancel();
      if (options.render() !== lastBody) await writeLatest();
    },
    writes: () => count,
  };
}
