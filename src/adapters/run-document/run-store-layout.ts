import { join } from 'node:path';

/** Where runs live inside a repository unless told otherwise: `.shopfloor/runs/<runId>/`. */
export const defaultRunStoreDir = join('.shopfloor', 'runs');

export function runStoreDir(repoRoot: string): string {
  return join(repoRoot, defaultRunStoreDir);
}

/** Files of one run: the document (atomic, always whole), its event log (append-only) and the writer lock. */
export function runFiles(storeDir: string, runId: string): { dir: string; document: string; events: string; lock: string } {
  const dir = join(storeDir, runId);
  return { dir, document: join(dir, 'document.md'), events: join(dir, 'events.jsonl'), lock: join(dir, 'writer.lock') };
}
