import type { SinkClock } from '../../ports/run-document-sink.ts';

/** The real clock. Timers are unref'd: a pending coalesced write never keeps a finished CLI alive. */
export function createSystemClock(): SinkClock {
  return {
    now: () => Date.now(),
    setTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      timer.unref();
      return () => clearTimeout(timer);
    },
  };
}
