import { open, readdir, readFile, stat } from 'node:fs/promises';
import { parseRunDocument } from '../../core/run-document/parse-document.ts';
import type { RunDocument } from '../../core/run-document/document-model.ts';
import { checkRunId } from '../../core/run-document/document-model.ts';
import { parseRunEvent, type RunEvent } from '../../core/run-document/run-events.ts';
import { renderRunDocument } from '../../core/run-document/render-document.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import { runFiles } from './run-store-layout.ts';
import { CorruptRunDocumentError } from './run-store-errors.ts';

export interface EventLogChunk {
  readonly events: readonly RunEvent[];
  /** Byte offset after the last complete line read; pass it back to read on. */
  readonly nextOffset: number;
  /** The log is shorter than `fromOffset`: it was rewritten (after a crash recovery); start over. */
  readonly restarted: boolean;
}

/**
 * The run store on disk: one directory per run with `document.md` (replaced atomically, so a reader
 * sees a whole document) and `events.jsonl` (appended; a torn last line after a crash is ignored).
 */
export interface FileRunStore {
  readonly dir: string;
  readonly listRunIds: () => Promise<string[]>;
  readonly readDocument: (runId: string) => Promise<RunDocument | undefined>;
  readonly readEventLog: (runId: string, fromOffset?: number) => Promise<EventLogChunk>;
  readonly writeDocument: (document: RunDocument) => Promise<void>;
  readonly appendEvents: (runId: string, events: readonly RunEvent[]) => Promise<void>;
  /** Replaces the whole log atomically (used by recovery to drop events the document never reached). */
  readonly rewriteEventLog: (runId: string, events: readonly RunEvent[]) => Promise<void>;
}

export function createFileRunStore(dir: string): FileRunStore {
  const files = (runId: string) => {
    const valid = checkRunId(runId);
    if (!valid.ok) throw new RangeError(valid.reason);
    return runFiles(dir, runId);
  };
  return {
    dir,
    listRunIds: async () => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      return entries.filter((e) => e.isDirectory() && checkRunId(e.name).ok).map((e) => e.name).sort();
    },
    readDocument: async (runId) => {
      const path = files(runId).document;
      const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text === undefined) return undefined;
      const parsed = parseRunDocument(text);
      if (!parsed.ok) throw new CorruptRunDocumentError(path, parsed.error);
      return parsed.document;
    },
    readEventLog: (runId, fromOffset = 0) => readEventLog(files(runId).events, fromOffset),
    writeDocument: (document) => writeFileAtomic(files(document.runId).document, renderRunDocument(document)),
    appendEvents: async (runId, events) => {
      if (events.length === 0) return;
      const handle = await open(files(runId).events, 'a');
      try {
        await handle.writeFile(events.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
        await handle.datasync();
      } finally {
        await handle.close();
      }
    },
    rewriteEventLog: (runId, events) => writeFileAtomic(files(runId).events, events.map((e) => `${JSON.stringify(e)}\n`).join('')),
  };
}

async function readEventLog(path: string, fromOffset: number): Promise<EventLogChunk> {
  const size = await stat(path).then((s) => s.size, () => 0);
  if (size < fromOffset) return { ...(await readEventLog(path, 0)), restarted: true };
  if (size === fromOffset) return { events: [], nextOffset: fromOffset, restarted: false };
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    bytes = Buffer.alloc(size - fromOffset);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, fromOffset);
    bytes = bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  // Only whole lines count: a writer may be mid-append, or was killed mid-append.
  const end = bytes.lastIndexOf(0x0a) + 1;
  const events: RunEvent[] = [];
  for (const line of bytes.subarray(0, end).toString('utf8').split('\n')) {
    if (!line) continue;
    try {
      const event = parseRunEvent(JSON.parse(line));
      if (event) events.push(event);
    } catch {
      // A line torn by a crash (then overwritten by recovery) or garbage: never an event.
    }
  }
  return { events, nextOffset: fromOffset + end, restarted: false };
}
