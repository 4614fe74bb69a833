import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Kills a process and everything it started. On POSIX the child leads its own process group, so one
 * signal to the negative pid reaches the whole tree; on Windows `taskkill /T /F` walks the tree.
 */
export function killProcessTree(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  if (process.platform === 'win32') {
    const [program, ...args] = windowsTreeKillArgv(child.pid);
    // When taskkill cannot run or refuses (Wine's has no /T), still end the process itself, so a timed-out
    // command never hangs its step; its descendants then outlive it, which the run's job must clean up.
    spawn(program, args, { stdio: 'ignore', windowsHide: true })
      .on('error', () => child.kill('SIGKILL'))
      .on('exit', (code) => {
        if (code !== 0) child.kill('SIGKILL');
      });
    return;
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** `taskkill /pid <pid> /T /F`: /T ends every process the pid started (the whole tree), /F without asking it. */
export function windowsTreeKillArgv(pid: number): [string, ...string[]] {
  return ['taskkill', '/pid', String(pid), '/T', '/F'];
}
