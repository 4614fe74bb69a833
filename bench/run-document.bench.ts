// Run documents: patch throughput, render cost at 1 MB, comment-sink write amplification, and 100
// concurrent runs (memory, cross-talk). Timings compare within one run; tests never assert them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCommentSink } from '../src/adapters/run-document/comment-sink.ts';
import { createEventStreamSink, createRunEventHub } from '../src/adapters/run-document/event-stream-sink.ts';
import { createFileRunStore } from '../src/adapters/run-document/file-run-store.ts';
import { openRunWriter } from '../src/adapters/run-document/run-writer.ts';
import { createRunDocument, getSection, type RunDocument } from '../src/core/run-document/document-model.ts';
import { parseRunDocument } from '../src/core/run-document/parse-document.ts';
import type { Patch } from '../src/core/run-document/patch-types.ts';
import { renderRunComment } from '../src/core/run-document/render-comment.ts';
import { renderRunDocument } from '../src/core/run-document/render-document.ts';
import { createRunLedger } from '../src/core/run-document/run-ledger.ts';
import { createFakeClock } from '../test/helpers/fake-clock.ts';
import { createFakeForge } from '../test/helpers/fake-forge.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

export const title = 'Run documents: patches, rendering, comment writes, concurrent runs';

const line = (runId: string, i: number): Extract<Patch, { kind: 'append-log-line' }> => ({ runId, patchId: `${runId}-${i}`, source: 'agent', kind: 'append-log-line', section: 'terminal', target: 'canon', text: `${runId} output line ${i}: compiling src/module-${i % 97}.ts ## User <!-- revision:9 --> done` });

function megabyteDocument(): RunDocument {
  const ledger = createRunLedger(createRunDocument('big', 'A long run'));
  for (let i = 0; renderRunDocument(ledger.document()).length < 1_000_000; i += 100) {
    ledger.submit({ ...line('big', i), text: Array.from({ length: 100 }, (_, j) => `${line('big', i + j).text}`).join('\n') } as Patch, 't');
  }
  return ledger.document();
}

function patchThroughput(document: RunDocument, make: (i: number, document: RunDocument) => Patch, count: number): number {
  const ledger = createRunLedger(document);
  const started = performance.now();
  for (let i = 0; i < count; i++) ledger.submit(make(i, ledger.document()), 't');
  return count / ((performance.now() - started) / 1000);
}

async function writeAmplification(patches: number, perSecond: number): Promise<{ writes: number; seconds: number }> {
  const clock = createFakeClock();
  const forge = createFakeForge(() => clock.now());
  const sink = createCommentSink({ forge, target: { repo: 'acme/app', issueNumber: 1 }, clock });
  const ledger = createRunLedger(createRunDocument('amp', 'Write amplification'));
  await sink.publish({ type: 'run.started', runId: 'amp', revision: 0, objective: 'x', at: 't' }, ledger.document());
  for (let i = 0; i < patches; i++) {
    const outcome = ledger.submit(line('amp', i), 't');
    if (outcome.kind === 'applied') await sink.publish(outcome.event, outcome.document);
    await clock.advance(1000 / perSecond);
  }
  await sink.flush();
  return { writes: forge.calls.filter((c) => c.kind !== 'list-comments').length, seconds: patches / perSecond };
}

/** A real collection before reading the heap, without needing `node --expose-gc`. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function concurrentRuns(runs: number, patchesEach: number): Promise<{ heapMb: number; crossTalk: number; seconds: number; durablePerSecond: number }> {
  const storeDir = await mkdtemp(join(tmpdir(), 'shopfloor-bench-runs-'));
  try {
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    const hub = createRunEventHub();
    let crossTalk = 0;
    const ids = Array.from({ length: runs }, (_, i) => `run-${i}`);
    for (const id of ids) hub.subscribe(id, (event) => void (event.runId !== id && crossTalk++));
    const started = performance.now();
    const writers = await Promise.all(ids.map((runId) => openRunWriter({ storeDir, runId, objective: `Run ${runId}`, sinks: [createEventStreamSink(hub)] })));
    await Promise.all(writers.map(async (writer) => {
      for (let i = 0; i < patchesEach; i++) await writer.submit(line(writer.runId, i));
    }));
    const seconds = (performance.now() - started) / 1000;
    collectGarbage();
    // Measured with all 100 writers still open: documents, ledgers and sinks held in memory.
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    await Promise.all(writers.map((w) => w.close()));
    const store = createFileRunStore(storeDir);
    for (const id of ids) {
      const lines = getSection((await store.readDocument(id))!, 'terminal').canon.split('\n').filter(Boolean);
      crossTalk += lines.filter((l) => !l.startsWith(`${id} `)).length + Math.abs(lines.length - patchesEach);
    }
    return { heapMb, crossTalk, seconds, durablePerSecond: (runs * patchesEach) / seconds };
  } finally {
    await rm(storeDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchFigure[]> {
  const big = megabyteDocument();
  const text = renderRunDocument(big);
  const terminalLength = getSection(big, 'terminal').canon.length;
  const appendRate = patchThroughput(createRunDocument('small', 'x'), (i) => line('small', i), 20_000);
  const bigAppendRate = patchThroughput(big, (i) => line('big', 1_000_000 + i), 20_000);
  const midEdit = (i: number): Patch => ({ runId: 'big', patchId: `edit-${i}`, source: 'agent', kind: 'edit', section: 'terminal', target: 'canon', ops: [{ op: 'retain', count: Math.floor(terminalLength / 2) }, { op: 'replace', count: 5, text: 'EDIT!' }] });
  const bigEditRate = patchThroughput(big, midEdit, 2_000);
  const renderMs = await fastestMs(5, () => renderRunDocument(big));
  const parseMs = await fastestMs(5, () => parseRunDocument(text));
  const commentMs = await fastestMs(3, () => renderRunComment(big));
  const amp1k = await writeAmplification(1_000, 500);
  const amp10k = await writeAmplification(10_000, 500);
  const hundred = await concurrentRuns(100, 100);
  return [
    { name: 'append-log-line, empty → 1.8 MB document', value: `${Math.round(appendRate).toLocaleString('en-US')} patches/s` },
    { name: 'append-log-line, 1 MB document', value: `${Math.round(bigAppendRate).toLocaleString('en-US')} patches/s`, note: 'ropes + newline memo: no copy per append (was ~900/s)' },
    { name: 'edit in the middle of 1 MB (retain + replace)', value: `${Math.round(bigEditRate).toLocaleString('en-US')} patches/s`, note: 'copies the section: O(size)' },
    { name: `render 1 MB document (${(text.length / 1e6).toFixed(2)} MB)`, value: `${renderMs.toFixed(1)} ms` },
    { name: 'parse 1 MB document', value: `${parseMs.toFixed(1)} ms` },
    { name: 'render 1 MB as a GitHub comment (cut to 65,536)', value: `${commentMs.toFixed(1)} ms` },
    { name: 'comment writes per 1,000 patches at 500/s', value: `${amp1k.writes} writes in ${amp1k.seconds} s`, note: `bound: 1 create + 1 per 2 s = ${1 + Math.ceil(amp1k.seconds / 2)}` },
    { name: 'comment writes, 10,000 patches at 500/s', value: `${amp10k.writes} writes in ${amp10k.seconds} s (${((amp10k.writes / amp10k.seconds) * 2).toFixed(2)} per 2 s)`, note: 'goal ≈ 1 per 2 s' },
    { name: '100 concurrent runs × 100 patches, durable', value: `${hundred.seconds.toFixed(2)} s, ${Math.round(hundred.durablePerSecond).toLocaleString('en-US')} patches/s` },
    { name: '100 concurrent runs: heap held (writers open)', value: `${hundred.heapMb.toFixed(1)} MB`, note: `${((hundred.heapMb * 1000) / 100).toFixed(0)} kB per run of 100 patches` },
    { name: '100 concurrent runs: cross-talk (foreign lines + foreign events)', value: String(hundred.crossTalk), note: 'must be 0' },
  ];
}
