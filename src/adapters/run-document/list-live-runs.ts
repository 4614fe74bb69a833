import { readdir, readFile } from 'node:fs/promises';
import { isAlive } from './run-lock.ts';
import { runFiles } from './run-store-layout.ts';

/**
 * The runs whose writer is alive now: a run directory whose `writer.lock` names a live process. A lock
 * left by a killed run names a dead one and does not count.
 */
export async function listLiveRuns(storeDir: string): Promise<string[]> {
  const runIds = await readdir(storeDir).catch(() => [] as string[]);
  const live: string[] = [];
  for (const runId of runIds) {
    const pid = Number.parseInt(await readFile(runFiles(storeDir, runId).lock, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) live.push(runId);
  }
  return live;
}

