import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { createRunDocument } from '../../../src/core/run-document/document-model.ts';
import { demoAgentSession } from '../../../src/core/run-document/demo-agent-session.ts';
import { parseRunDocument } from '../../../src/core/run-document/parse-document.ts';
import type { Patch } from '../../../src/core/run-document/patch-types.ts';
import { createRunLedger } from '../../../src/core/run-document/run-ledger.ts';
import { isRevisionEvent } from '../../../src/core/run-document/run-events.ts';
import { seededRandom } from '../../helpers/seeded-random.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const script = join(import.meta.dirname, '../../../scripts/stream-agent-session.ts');
const repeat = 120;

function startWriter(storeDir: string): { child: ChildProcess; output: () => string; exited: Promise<NodeJS.Signals | number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--store', storeDir, '--run-id', 'crash-run', '--delay-ms', '0', '--repeat', String(repeat)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((done) => child.on('exit', (code, signal) => done(signal ?? code))) };
}

describe('file sink under SIGKILL', () => {
  it('leaves the previous or the new document, never a torn one, and the revision never goes down', async () => {
    const storeDir = await makeTempDir('shopfloor-crash-');
    const documentPath = join(storeDir, 'crash-run', 'document.md');
    const random = seededRandom(2026);
    let highest = -1;
    let reads = 0;
    const check = async () => {
      const text = await readFile(documentPath, 'utf8').catch(() => undefined);
      if (text === undefined) return;
      const parsed = parseRunDocument(text);
      if (!parsed.ok) throw new Error(`torn document after ${reads} reads: ${parsed.error}\n${text.slice(-200)}`);
      expect(parsed.document.revision).toBeGreaterThanOrEqual(highest);
      highest = parsed.document.revision;
      reads++;
    };

    for (let kill = 0; kill < 3; kill++) {
      const writer = startWriter(storeDir);
      const killAfter = highest + 20 + Math.floor(random() * 250);
      while (highest < killAfter && writer.child.exitCode === null) await check();
      writer.child.kill('SIGKILL');
      expect(await writer.exited, 'the writer was killed mid-stream, not after it finished').toBe('SIGKILL');
      const beforeRestart = highest;
      await check();
      expect(highest).toBeGreaterThanOrEqual(beforeRestart);
    }
    const last = startWriter(storeDir);
    while (last.child.exitCode === null) await check();
    expect(await last.exited, last.output()).toBe(0);
    expect(last.output()).toMatch(/^resumed run crash-run at revision \d+/);
    expect(reads).toBeGreaterThan(10);

    // Killed three times and resumed, the run ends exactly where an uninterrupted one would.
    const ledger = createRunLedger(createRunDocument('crash-run', 'Fix duration parsing and the flaky timezone test'));
    for (const [index, step] of demoAgentSession({ terminalRepeat: repeat }).entries()) ledger.submit({ runId: 'crash-run', patchId: `step-${index}`, source: step.source, ...step.body } as Patch, 't');
    const store = createFileRunStore(storeDir);
    expect(await store.readDocument('crash-run')).toEqual(ledger.document());
    const revisions = (await store.readEventLog('crash-run')).events.filter(isRevisionEvent).map((e) => e.revision);
    expect((await readdir(join(storeDir, 'crash-run'))).sort()).toEqual(['document.md', 'events.jsonl']);
    expect(revisions).toEqual(Array.from({ length: ledger.document().revision }, (_, i) => i + 1));
  }, 120_000);
});
