/** One printed figure: a name, a formatted value, and what to compare it with. */
export interface BenchFigure {
  readonly name: string;
  readonly value: string;
  readonly note?: string;
}

/** Milliseconds of the fastest of `runs` calls (the least disturbed by the machine). */
export async function fastestMs(runs: number, body: () => unknown): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await body();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
