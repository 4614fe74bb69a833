// The local loop end to end on the sample project (what `npm run demo` does), and its throughput with
// 1, 2 and 4 workers. Every run is real: replayed agents, real gates (node --test), canary, bisect, revert.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitCli } from '../src/adapters/git/git-cli.ts';
import { phaseTotals, type StoryEvent } from '../src/core/loop/render-loop-story.ts';
import { runCli } from '../src/entrypoints/cli/run-cli.ts';
import { seedDemoRepo } from '../src/workflows/loop/seed-demo-repo.ts';
import type { BenchFigure } from './bench-figure.ts';

export const title = 'Local loop: shopfloor run on the sample project (5 work orders, one canary-breaking)';

const root = join(import.meta.dirname, '..');

/** One full run on a fresh copy: wall time, phase totals, and how many work orders it landed (merged or merged-then-reverted). */
async function loopOnce(parallel: number, speculate = false): Promise<{ ms: number; landed: number; totals: ReturnType<typeof phaseTotals> }> {
  const dir = await mkdtemp(join(tmpdir(), 'shopfloor-loop-bench-'));
  try {
    await cp(join(root, 'examples', 'sample-project'), dir, { recursive: true });
    await cp(join(root, 'examples', 'sample-transcripts'), join(dir, '.shopfloor', 'transcripts'), { recursive: true });
    await seedDemoRepo(createGitCli(), dir);
    let out = '';
    const started = performance.now();
    const code = await runCli(['run', '--repo', dir, '--provider', 'replay', '--transcripts', join(dir, '.shopfloor', 'transcripts'), '--parallel', String(parallel), ...(speculate ? ['--speculate'] : []), '--json'], {
      stdout: (text) => void (out += text), stderr: () => undefined, cwd: dir, env: { PATH: process.env.PATH ?? '' }, isTTY: false, signal: new AbortController().signal,
    });
    const ms = performance.now() - started;
    const result = JSON.parse(out) as { events: StoryEvent[] };
    if (code !== 0) throw new Error(`shopfloor run exited ${code}`);
    const landed = result.events.filter((e) => e.type === 'merged').length;
    return { ms, landed, totals: phaseTotals(result.events) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const demo = await loopOnce(2);
  figures.push({ name: 'end to end, parallel 2', value: s(demo.ms), note: 'target: under 2 min for npm run demo' });
  for (const phase of ['agent', 'gates', 'canary', 'bisect', 'revert'] as const) figures.push({ name: `  ${phase} (summed over workers)`, value: s(demo.totals[phase]) });
  const perMinute: number[] = [];
  for (const parallel of [1, 2, 4]) {
    const result = await loopOnce(parallel);
    const rate = result.landed / (result.ms / 60_000);
    perMinute.push(rate);
    figures.push({ name: `work orders per minute, N = ${parallel}`, value: rate.toFixed(1), note: `${result.landed} landed in ${s(result.ms)}; ${(rate / perMinute[0]!).toFixed(2)}× N = 1` });
  }
  const speculative = await loopOnce(2, true);
  const rate = speculative.landed / (speculative.ms / 60_000);
  figures.push({ name: 'work orders per minute, N = 2 --speculate', value: rate.toFixed(1), note: `${speculative.landed} landed in ${s(speculative.ms)}; candidates verified in parallel, losers re-verified` });
  figures.push({ name: 'cores', value: String(availableParallelism()), note: 'gates and canary share them; merges and canaries are serialized on main' });
  return figures;
}
