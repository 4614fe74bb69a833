import { open, readdir, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { RepoFileError, type RepoFiles } from '../../ports/repo-files.ts';
import { createFileAtomic, writeFileAtomic } from './write-file-atomic.ts';

/** The largest file Shopfloor reads from a repository (work orders, the policy): 16 MB. */
export const maxRepoFileBytes = 16 * 1024 * 1024;

/**
 * RepoFiles over the local file system, confined to `root`: only regular files whose real path is inside
 * the repository are read, at most `maxRepoFileBytes` of them (a FIFO, `/dev/zero` or a link loop is a
 * `RepoFileError`, never a hang or a crash).
 */
export function createNodeRepoFiles(root: string): RepoFiles {
  const absolute = resolve(root);
  const at = (path: string) => {
    const full = resolve(absolute, path);
    if (full !== absolute && !full.startsWith(absolute + sep)) throw new Error(`path "${path}" is outside the repository ${absolute}`);
    return full;
  };
  return {
    root: absolute,
    read: async (path) => readRegularFile(absolute, at(path), path),
    kind: async (path) => {
      try {
        const info = await stat(at(path));
        return info.isDirectory() ? 'directory' : 'file';
      } catch (error) {
        if (isMissing(error)) return undefined;
        // A link loop is there but unreadable: `read` says so.
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') return 'file';
        throw error;
      }
    },
    list: async (directory) => {
      try {
        const entries = await readdir(at(directory), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    },
    create: (path, text) => createFileAtomic(at(path), text),
    replace: (path, text) => writeFileAtomic(at(path), text),
  };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

async function readRegularFile(root: string, full: string, path: string): Promise<string | undefined> {
  let real: string;
  try {
    real = await realpath(full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new RepoFileError(path, 'is a symbolic link loop; remove or fix the link');
    if (isMissing(error)) return undefined;
    throw error;
  }
  const realRoot = await realpath(root).catch(() => root);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new RepoFileError(path, 'is a link to a file outside the repository; only files inside it are read');
  const info = await stat(real);
  if (!info.isFile()) throw new RepoFileError(path, `is not a regular file (${info.isDirectory() ? 'a directory' : info.isFIFO() ? 'a FIFO' : 'a device or socket'}); name a YAML file`);
  if (info.size > maxRepoFileBytes) throw new RepoFileError(path, `is ${(info.size / 1_048_576).toFixed(1)} MB, over the ${maxRepoFileBytes / 1_048_576} MB limit for a Shopfloor file`);
  const handle = await open(real, 'r');
  try {
    // Read at most one byte past the cap, in case the file grew after stat.
    const buffer = Buffer.alloc(Math.min(info.size, maxRepoFileBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length === buffer.length) throw new RepoFileError(path, length > maxRepoFileBytes ? `is over the ${maxRepoFileBytes / 1_048_576} MB limit for a Shopfloor file` : 'grew while it was read; try again when nothing writes it');
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}
