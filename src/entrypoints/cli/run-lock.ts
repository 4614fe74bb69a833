import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAtomic } from '../../adapters/files/write-file-atomic.ts';
import { UsageError } from './cli-io.ts';

/**
 * One `shopfloor run` per repository: `.shopfloor/run.lock` holds the owner's pid. A lock whose
 * process is gone (killed) is taken over; a live one stops this run with a message.
 */
export async function acquireRunLock(root: string): Promise<() => Promise<void>> {
  const dir = join(root, '.shopfloor');
  const path = join(dir, 'run.lock');
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await createFileAtomic(path, `${process.pid}\n`)) === 'created') return () => rm(path, { force: true });
    {
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new UsageError(`another shopfloor run (pid ${pid}) is working on ${root}; wait for it, or stop it first`);
      await rm(path, { force: true });
    }
  }
  throw new UsageError(`could not take ${path}; delete it if no shopfloor run is active`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
