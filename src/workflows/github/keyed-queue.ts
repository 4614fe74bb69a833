/**
 * Webhook work in order per key (one issue or PR at a time), so two deliveries of the same event never
 * race past each other's `ensure*` look-ups; different keys run concurrently. `idle()` resolves once
 * everything queued so far has settled.
 */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  const all = new Set<Promise<unknown>>();
  const run = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(() => undefined, () => undefined);
    tails.set(key, settled);
    all.add(settled);
    void settled.then(() => {
      all.delete(settled);
      if (tails.get(key) === settled) tails.delete(key);
    });
    return next;
  };
  const idle = async () => {
    while (all.size > 0) await Promise.all([...all]);
  };
  return { run, idle };
}

/** Delivery ids seen recently (GitHub reuses `X-GitHub-Delivery` on redelivery); oldest forgotten past `max`. */
export function createDeliveryLog(max = 5_000) {
  const seen = new Set<string>();
  return {
    /** True the first time an id is offered. */
    firstTime: (id: string) => {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > max) seen.delete(seen.values().next().value!);
      return true;
    },
  };
}
