import { readdirSync, readFileSync } from 'node:fs';

/** Whether a process is still running; a zombie (killed, not yet reaped by a container's init) counts as dead. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Waits up to `ms` for a process to be gone; returns whether it is. */
export async function waitForExit(pid: number, ms = 3000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (!isProcessAlive(pid)) return true;
  }
  return !isProcessAlive(pid);
}

/** The host processes whose command line contains `needle` (a zombie counts as gone). */
export function processesMatching(needle: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').includes(needle) && isProcessAlive(pid);
    } catch {
      return false;
    }
  });
}

/** Waits up to `ms` until no host process's command line contains `needle`; returns whether none does. */
export async function waitForNoProcess(needle: string, ms = 3000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if (processesMatching(needle).length === 0) return true;
  }
  return processesMatching(needle).length === 0;
}
