import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { RepoFiles } from '../../ports/repo-files.ts';
import { createFileAtomic, writeFileAtomic } from './write-file-atomic.ts';

/** RepoFiles over the local file system, confined to `root`. */
export function createNodeRepoFiles(root: string): RepoFiles {
  const absolute = resolve(root);
  const at = (path: string) => {
    const full = resolve(absolute, path);
    if (full !== absolute && !full.startsWith(absolute + sep)) throw new Error(`path "${path}" is outside the repository ${absolute}`);
    return full;
  };
  return {
    root: absolute,
    read: async (path) => {
      try {
        return await readFile(at(path), 'utf8');
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    kind: async (path) => {
      try {
        const info = await stat(at(path));
        return info.isDirectory() ? 'directory' : 'file';
      } catch (error) {
        if (isMissing(error)) return undefined;
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
