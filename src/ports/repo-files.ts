/**
 * The files of one repository's working tree, addressed by repository-relative paths with forward
 * slashes. Writes are atomic: a reader sees the old file or the new one, never half of it.
 */
export interface RepoFiles {
  /** Absolute path of the repository root, for messages. */
  readonly root: string;
  readonly read: (path: string) => Promise<string | undefined>;
  readonly kind: (path: string) => Promise<'file' | 'directory' | undefined>;
  /** File names directly inside a directory (no recursion), sorted; empty when it does not exist. */
  readonly list: (directory: string) => Promise<readonly string[]>;
  /** Creates the file only if nothing is at `path` yet; never overwrites. */
  readonly create: (path: string, text: string) => Promise<'created' | 'exists'>;
  /** Replaces the file atomically (temp file, fsync, rename). */
  readonly replace: (path: string, text: string) => Promise<void>;
}

/**
 * Thrown by `read` for a path that is there but must not be read: not a regular file (a directory,
 * FIFO, device or socket), a link out of the repository or in a loop, or larger than the size cap.
 */
export class RepoFileError extends Error {
  override readonly name = 'RepoFileError';
  constructor(readonly path: string, readonly reason: string) {
    super(`${path} ${reason}`);
  }
}
