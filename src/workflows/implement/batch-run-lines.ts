/**
 * Writes lines to the run document in order, one write at a time; lines that arrive while a write is
 * under way go out together in the next one (a section append takes several lines at once). An agent
 * printing hundreds of events a second thus never queues hundreds of document writes behind each other.
 * A `latest` line (the running spend) is replaced, not queued, while it waits.
 */
export interface LineBatcher {
  readonly add: (target: 'note' | 'conductor', text: string, options?: { readonly latest?: string }) => void;
  /** Resolves when everything added so far is written. */
  readonly drain: () => Promise<void>;
}

export function createLineBatcher(write: (target: 'note' | 'conductor', text: string) => Promise<void>): LineBatcher {
  let queue: { target: 'note' | 'conductor'; text: string; latest?: string }[] = [];
  let running: Promise<void> | undefined;
  const flush = async () => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      // Consecutive lines for the same target become one write; order across targets is kept.
      for (let start = 0; start < batch.length; ) {
        let end = start;
        while (end < batch.length && batch[end]!.target === batch[start]!.target) end++;
        await write(batch[start]!.target, batch.slice(start, end).map((line) => line.text).join('\n')).catch(() => undefined);
        start = end;
      }
    }
    running = undefined;
  };
  return {
    add: (target, text, options) => {
      const waiting = options?.latest ? queue.find((line) => line.latest === options.latest) : undefined;
      if (waiting) waiting.text = text;
      else queue.push({ target, text, ...(options?.latest ? { latest: options.latest } : {}) });
      running ??= flush();
    },
    drain: async () => {
      while (running) await running;
    },
  };
}
