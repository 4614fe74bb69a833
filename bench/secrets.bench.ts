import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContentAddressedStore } from '../src/adapters/artifacts/content-addressed-store.ts';
import { createSecretDetector } from '../src/core/redaction/secret-detector.ts';
import { createStreamRedactor } from '../src/core/redaction/stream-redactor.ts';
import { scanLog } from '../src/workflows/verify/secrets-gate.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

export const title = 'Secrets gate: a 50 MB gate log, every byte vs the old 8 MB tail';

const logBytes = 50 * 1024 * 1024;

/** A test-runner-like log: progress lines, a stack trace now and then, a base64 blob, one leaked token near the start. */
function sampleLog(): string {
  const lines: string[] = [`token used: ghp_${'Q7w'.repeat(12)}`];
  let size = 0;
  for (let index = 0; size < logBytes; index++) {
    const line = index % 500 === 0 ? randomBytes(600).toString('base64').match(/.{1,76}/g)!.join('\n')
      : index % 97 === 0 ? `    at Object.<anonymous> (/work/app/src/module-${index % 13}.ts:${index % 400}:17)`
      : `[${index}] PASS src/feature-${index % 211}/thing.test.ts > handles case ${index} (${index % 89} ms)`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

// The gate before this change: the last 8 MB only, one line at a time, fixed-prefix shapes and assignments.
const oldPatterns = [/\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, /\b(github_pat_[A-Za-z0-9_]{60,255})\b/g, /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g, /\b(xox[abprs]-[A-Za-z0-9-]{10,})\b/g, /(-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----)/g, /\b(sk-(?:proj-)?[A-Za-z0-9_-]{32,})\b/g, /\b(AIza[0-9A-Za-z_-]{35})\b/g, /\b(npm_[A-Za-z0-9]{36})\b/g, /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b/g];
const oldAssignment = /\b([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?)["']?\s*[:=]\s*["']?([A-Za-z0-9+/_=.-]{16,})/gi;
function oldScan(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 8 * 1024 * 1024))).toString('utf8');
  let found = 0;
  for (const line of text.split('\n')) {
    for (const pattern of oldPatterns) found += [...line.matchAll(pattern)].length;
    found += [...line.matchAll(oldAssignment)].length;
  }
  return found;
}

export async function run(): Promise<BenchFigure[]> {
  const root = await mkdtemp(join(tmpdir(), 'shopfloor-bench-secrets-'));
  try {
    return await measure(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function measure(root: string): Promise<BenchFigure[]> {
  const store = createContentAddressedStore(root);
  const log = sampleLog();
  const digest = await store.put(log);
  const megabytes = Buffer.byteLength(log) / 1024 / 1024;
  const detect = createSecretDetector({ secrets: ['ghs_CANARYbenchSecret0123456789abcdefXYZ', 'p@ssw0rd-for-the-bench-db'] });
  let oldFound = 0;
  let newFound = 0;
  const oldMs = await fastestMs(2, async () => (oldFound = oldScan((await store.read(digest))!)));
  // The 50 MB sample itself sits in memory; what matters is how far the heap rises above it while scanning.
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5);
  const newMs = await fastestMs(2, async () => (newFound = (await scanLog(store, digest, 'log', detect)).length));
  clearInterval(sampler);
  const heapGrowth = (heapPeak - heapBefore) / 1024 / 1024;
  const redactMs = await fastestMs(1, () => {
    const redactor = createStreamRedactor(detect);
    for (let at = 0; at < log.length; at += 65536) redactor.push(log.slice(at, at + 65536));
    redactor.flush();
  });
  const rate = (ms: number, mb: number) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  return [
    { name: 'old gate (last 8 MB, per line)', value: rate(oldMs, 8), note: `${oldMs.toFixed(0)} ms, ${oldFound} found: the token near the start is missed` },
    { name: 'new gate (every byte, streaming)', value: rate(newMs, megabytes), note: `${newMs.toFixed(0)} ms for ${megabytes.toFixed(0)} MB, ${newFound} found, heap peak ${heapGrowth.toFixed(0)} MB above the start` },
    { name: 'stream redactor (live gate output)', value: rate(redactMs, megabytes), note: `${redactMs.toFixed(0)} ms in 64 KB chunks` },
  ];
}
