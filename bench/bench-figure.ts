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
  /** Wall milliseconds. */
  readonly a: number;
  readonly b: number;
  /** Median of the per-round ratios b / a: each ratio compares two runs made under the same load. */
  readonly ratio: number;
  /**
   * CPU milliseconds (user + system) of this process: on a shared machine, wall time counts the other
   * processes' turns too, CPU time only this one's work (GC threads included).
   */
  readonly cpuA: number;
  readonly cpuB: number;
  readonly cpuRatio: number;
}

/**
 * Runs `a` and `b` alternately (a b, b a, a b, …) for `rounds` rounds and returns each one's median time
 * and the median of the per-round ratios. On a loaded machine the load drifts over seconds; pairing and
 * medians keep that drift out of the comparison, where "fastest of N, one after the other" does not.
 */
export async function pairedMedians(rounds: number, a: () => unknown, b: () => unknown): Promise<PairedTimes> {
  const times = { a: [] as number[], b: [] as number[], cpuA: [] as number[], cpuB: [] as number[] };
  const time = async (body: () => unknown, wall: number[], cpu: number[]) => {
    const started = performance.now();
    const usage = process.cpuUsage();
    await body();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      await time(a, times.a, times.cpuA);
      await time(b, times.b, times.cpuB);
    } else {
      await time(b, times.b, times.cpuB);
      await time(a, times.a, times.cpuA);
    }
  }
  return {
    a: median(times.a),
    b: median(times.b),
    ratio: median(times.a.map((value, i) => times.b[i]! / value)),
    cpuA: median(times.cpuA),
    cpuB: median(times.cpuB),
    cpuRatio: median(times.cpuA.map((value, i) => times.cpuB[i]! / value)),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
