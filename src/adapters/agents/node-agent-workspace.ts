import { chmod, lstat, readdir, readFile, stat } from 'node:fs/promises';
import { applyExactEdit } from '../../core/agents/edit-text.ts';
import type { PreparedScope } from '../../core/agents/path-guard.ts';
import type { AgentWorkspace, WorkspaceResult } from '../../ports/agent-workspace.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import { nodePathResolver, resolveAgentPath, type PathResolver } from './resolve-agent-path.ts';

const maxReadBytes = 512 * 1024;
const maxListed = 2000;
const maxHits = 200;

/** The implementer's file tools over the real file system, every path through `resolveAgentPath`. */
export function createNodeAgentWorkspace(root: string, scope: PreparedScope, resolver: PathResolver = nodePathResolver): AgentWorkspace {
  const refuse = <T>(reason: string): WorkspaceResult<T> => ({ ok: false, error: reason, refused: true });
  const walk = async (absolute: string, relative: string, out: string[]): Promise<void> => {
    if (out.length >= maxListed) return;
    for (const entry of (await readdir(absolute, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === '.git') continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      // Symlinks are listed, never followed: reading one goes through the real-path check.
      if (entry.isDirectory()) await walk(resolver.pathApi.join(absolute, entry.name), child, out);
      else out.push(child);
      if (out.length >= maxListed) return;
    }
  };
  const listUnder = async (path: string | undefined): Promise<WorkspaceResult<string[]>> => {
    const resolved = path && path !== '.' ? await resolveAgentPath(root, path, 'read', scope, resolver) : { ok: true as const, path: '', absolute: root };
    if (!resolved.ok) return refuse(resolved.reason);
    const info = await stat(resolved.absolute).catch(() => undefined);
    if (!info) return { ok: false, error: `list_files: "${path}" does not exist` };
    if (!info.isDirectory()) return { ok: true, value: [resolved.path] };
    const out: string[] = [];
    await walk(resolved.absolute, resolved.path, out);
    return { ok: true, value: out };
  };
  const readText = async (path: string): Promise<WorkspaceResult<{ text: string; absolute: string; mode?: number }>> => {
    const resolved = await resolveAgentPath(root, path, 'read', scope, resolver);
    if (!resolved.ok) return refuse(resolved.reason);
    const info = await stat(resolved.absolute).catch(() => undefined);
    if (!info || !info.isFile()) return { ok: false, error: `"${path}" is not a file in the repository; use list_files to see what exists` };
    if (info.size > maxReadBytes) return { ok: false, error: `"${path}" is ${info.size} bytes, more than the ${maxReadBytes} a tool may read` };
    const text = await readFile(resolved.absolute, 'utf8');
    if (text.includes('\0')) return { ok: false, error: `"${path}" is a binary file` };
    return { ok: true, value: { text, absolute: resolved.absolute, mode: info.mode } };
  };
  const write = async (path: string, content: string, mode?: number): Promise<WorkspaceResult<{ bytes: number }>> => {
    const resolved = await resolveAgentPath(root, path, 'write', scope, resolver);
    if (!resolved.ok) return refuse(resolved.reason);
    const existing = await lstat(resolved.absolute).catch(() => undefined);
    if (existing?.isDirectory()) return { ok: false, error: `"${path}" is a folder; name a file` };
    await writeFileAtomic(resolved.absolute, content);
    const keepMode = mode ?? existing?.mode;
    if (keepMode !== undefined) await chmod(resolved.absolute, keepMode & 0o777);
    return { ok: true, value: { bytes: Buffer.byteLength(content) } };
  };
  return {
    root,
    listFiles: listUnder,
    readFile: async (path) => {
      const read = await readText(path);
      return read.ok ? { ok: true, value: read.value.text } : read;
    },
    searchText: async (query, path) => {
      const listed = await listUnder(path);
      if (!listed.ok) return listed;
      const hits: string[] = [];
      for (const file of listed.value) {
        const read = await readText(file);
        if (!read.ok) continue;
        read.value.text.split('\n').forEach((line, index) => {
          if (hits.length < maxHits && line.includes(query)) hits.push(`${file}:${index + 1}: ${line.slice(0, 300)}`);
        });
        if (hits.length >= maxHits) break;
      }
      return { ok: true, value: hits };
    },
    writeFile: (path, content) => write(path, content),
    editFile: async (path, search, replace) => {
      const guard = await resolveAgentPath(root, path, 'write', scope, resolver);
      if (!guard.ok) return refuse(guard.reason);
      const read = await readText(path);
      if (!read.ok) return read;
      const edited = applyExactEdit(read.value.text, search, replace, path);
      if (!edited.ok) return { ok: false, error: edited.error };
      return write(path, edited.text, read.value.mode);
    },
  };
}
