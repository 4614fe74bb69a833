import type { RepoFiles } from '../../src/ports/repo-files.ts';

/** An in-memory RepoFiles for workflow tests; `files` is live so tests can inspect what was written. */
export function createMemoryRepoFiles(initial: Readonly<Record<string, string>> = {}): RepoFiles & { readonly files: Map<string, string> } {
  const files = new Map(Object.entries(initial));
  const isDirectory = (path: string) => [...files.keys()].some((file) => file.startsWith(`${path.replace(/\/$/, '')}/`));
  return {
    root: '/memory',
    files,
    read: async (path) => files.get(path),
    kind: async (path) => (files.has(path) ? 'file' : path === '.' || isDirectory(path) ? 'directory' : undefined),
    list: async (directory) => {
      const prefix = directory === '.' || directory === '' ? '' : `${directory.replace(/\/$/, '')}/`;
      return [...files.keys()].filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/')).map((f) => f.slice(prefix.length)).sort();
    },
    create: async (path, text) => {
      if (files.has(path)) return 'exists';
      files.set(path, text);
      return 'created';
    },
    replace: async (path, text) => void files.set(path, text),
  };
}
