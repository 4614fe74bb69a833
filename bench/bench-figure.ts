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

/** Medians of two bodies run side by side: `rounds` rounds, each running both, the order alternating. */
export interface PairedTimes {
  readonly a: number;
  readonly b: number;
  /** Median of the per-round ratios b / a: each ratio compares two runs made under the same load. */
  readonly ratio: number;
}

/**
 * Runs `a` and `b` alternately (a b, b a, a b, …) for `rounds` rounds and returns each one's median time
 * and the median of the per-round ratios. On a loaded machine the load drifts over seconds; pairing and
 * medians keep that drift out of the comparison, where "fastest of N, one after the other" does not.
 */
export async function pairedMedians(rounds: number, a: () => unknown, b: () => unknown): Promise<PairedTimes> {
  const times = { a: [] as number[], b: [] as number[] };
  const time = async (body: () => unknown) => {
    const started = performance.now();
    await body();
    return performance.now() - started;
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      times.a.push(await time(a));
      times.b.push(await time(b));
    } else {
      times.b.push(await time(b));
      times.a.push(await time(a));
    }
  }
  return { a: median(times.a), b: median(times.b), ratio: median(times.a.map((value, i) => times.b[i]! / value)) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
