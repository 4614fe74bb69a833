// Preset parsers on a 50 MB recorded stream, and the delay from an event on a CLI's stdout to the run
// document's applied patch (file sink, before any coalesced GitHub write).
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPresetProvider } from '../src/adapters/agents/preset-provider.ts';
import { createNodeProcessRunner } from '../src/adapters/process/node-process-runner.ts';
import { createRunStoreRecorder } from '../src/adapters/run-document/run-store-recorder.ts';
import { openRunWriter } from '../src/adapters/run-document/run-writer.ts';
import { createPresetParser, type AgentPresetName } from '../src/core/agents/presets/agent-presets.ts';
import { createStreamParser } from '../src/core/agents/split-stream-lines.ts';
import { createRedactor } from '../src/core/redaction/redact-secrets.ts';
import { createAgentLog } from '../src/workflows/implement/agent-log.ts';
import { runExternalAgent } from '../src/workflows/implement/run-external-agent.ts';
import { pairedMedians, type BenchFigure } from './bench-figure.ts';

export const title = 'Agent CLI presets: stream parsing and live run-document delay';

const streams = join(import.meta.dirname, '..', 'test', 'fixtures', 'agents', 'streams');

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const preset of ['claude-code', 'codex', 'gemini', 'copilot', 'openhands', 'aider'] as const) figures.push(await parseFigure(preset));
  figures.push(...(await delayFigures()));
  return figures;
}

/** A ~50 MB stream made of the recorded fixture, with its ids varied, fed in 64 KiB chunks. */
async function parseFigure(preset: AgentPresetName): Promise<BenchFigure> {
  const sample = readFileSync(join(streams, preset === 'aider' ? 'aider.txt' : `${preset}.jsonl`), 'utf8');
  const copies: string[] = [];
  let size = 0;
  for (let i = 0; size < 50 * 1024 * 1024; i++) {
    const copy = sample.replace(/msg_0/g, `msg_${i}_`);
    copies.push(copy);
    size += copy.length;
  }
  const text = copies.join('');
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  let events = 0;
  const parse = () => {
    const parser = createStreamParser(createPresetParser(preset));
    events = 0;
    for (let i = 0; i < text.length; i += 65_536) events += parser.push(text.slice(i, i + 65_536)).length;
    events += parser.end().length;
  };
  // The floor, on the same machine in the same rounds: splitting the stream into lines and JSON.parse of
  // each (what any JSONL consumer must do). Rounds alternate the two, so load on a shared machine hits both
  // alike; the ratio is the figure that load does not hide. Aider's text has no JSON: splitting alone.
  const floor = () => {
    for (const line of text.split('\n')) if (preset !== 'aider' && line.startsWith('{')) try { JSON.parse(line); } catch { /* torn line */ }
  };
  const paired = await pairedMedians(5, parse, floor);
  const floorName = preset === 'aider' ? 'line split' : 'line split + JSON.parse';
  const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(0)} MB/s`;
  return {
    name: `${preset} parser, ${mb.toFixed(0)} MB stream`,
    value: `${rate(paired.cpuA)} CPU (${rate(paired.a)} wall), ${Math.round(events / (paired.cpuA / 1000)).toLocaleString('en-US')} events/s CPU; ${floorName} alone ${rate(paired.cpuB)} CPU (${rate(paired.b)} wall), parser at ${(paired.cpuRatio * 100).toFixed(0)}% of its speed`,
    note: `goal ≥ 50 MB/s of CPU time; medians of 5 alternating paired rounds on the same text`,
  };
}

/** A fake `claude` prints 400 stamped messages 2 ms apart; each is timed until its line is in the run document. */
async function delayFigures(): Promise<BenchFigure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'shopfloor-bench-presets-'));
  try {
    const program = join(dir, 'claude');
    await writeFile(program, `#!/usr/bin/env node
let i = 0;
const tick = () => {
  if (i === 400) return;
  const line = JSON.stringify({ type: 'assistant', message: { id: 'm' + i, content: [{ type: 'text', text: 'tick ' + (performance.timeOrigin + performance.now()).toFixed(3) }], usage: { input_tokens: 10, output_tokens: 1 } } });
  process.stdout.write(line + '\\n');
  i++;
  setTimeout(tick, 2);
};
tick();
`);
    await chmod(program, 0o755);
    const writer = await openRunWriter({ storeDir: join(dir, 'runs'), runId: 'bench', objective: 'bench' });
    const inner = createRunStoreRecorder(writer);
    const delays: number[] = [];
    const recorder = {
      ...inner,
      appendLine: async (...args: Parameters<typeof inner.appendLine>) => {
        await inner.appendLine(...args);
        const now = performance.timeOrigin + performance.now();
        for (const stamp of args[1].matchAll(/^tick (\d+\.\d+)$/gm)) delays.push(now - Number(stamp[1]));
      },
    };
    const provider = createPresetProvider({ name: 'claude', preset: 'claude-code', settings: { commands: [], program }, runner: createNodeProcessRunner('linux') });
    await runExternalAgent({ provider, prompt: 'bench', workdir: dir, agentBox: { root: dir }, runner: createNodeProcessRunner('linux'), env: { PATH: process.env.PATH ?? '' }, log: createAgentLog(recorder, 'implementer', createRedactor([])), budget: { wallClockMs: 60_000 }, clock: Date.now });
    await writer.close();
    delays.sort((a, b) => a - b);
    const at = (q: number) => delays[Math.min(delays.length - 1, Math.floor(q * delays.length))]!;
    return [
      { name: `stdout event → run-document patch (${delays.length} events, file sink)`, value: `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`, note: 'goal p95 < 50 ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
