import { readFile, rm } from 'node:fs/promises';
import { createFileAtomic } from '../files/write-file-atomic.ts';
import { RunLockedError } from './run-store-errors.ts';

/** Whether a process with this pid exists (EPERM: it does, owned by another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the writer lock of a run: a file holding our pid. A lock left by a dead process (a crash, a
 * SIGKILL) is taken over; a live one is refused. Returns the release function.
 */
export async function acquireRunLock(lockPath: string, runId: string, pid = process.pid): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await createFileAtomic(lockPath, `${pid}\n`)) === 'created') return () => rm(lockPath, { force: true });
    const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder !== pid && isAlive(holder)) throw new RunLockedError(runId, holder, lockPath);
    await rm(lockPath, { force: true });
  }
  throw new RunLockedError(runId, -1, lockPath);
}
