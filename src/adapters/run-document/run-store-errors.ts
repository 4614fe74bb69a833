/** The stored document cannot be read back: someone edited it by hand, or the disk lied. */
export class CorruptRunDocumentError extends Error {
  override readonly name = 'CorruptRunDocumentError';
  constructor(readonly path: string, readonly detail: string, options?: { cause?: unknown }) {
    super(`${path}: ${detail}; move the file aside to start the run over, or restore it from a backup`, options);
  }
}

/** Another live process is writing this run; two writers would hand out the same revision twice. */
export class RunLockedError extends Error {
  override readonly name = 'RunLockedError';
  constructor(readonly runId: string, readonly pid: number, readonly lockPath: string) {
    super(`run "${runId}" is being written by process ${pid} (${lockPath}); stop that process or use another run id`);
  }
}

/** A patch the writer refused (wrong run, unknown section, out of range, run ended). */
export class RunPatchRejectedError extends Error {
  override readonly name = 'RunPatchRejectedError';
  constructor(readonly runId: string, readonly reason: string) {
    super(reason);
  }
}
