import { realpath as nodeRealpath } from 'node:fs/promises';
import path from 'node:path';
import { checkAgentPath, type PathAccess, type PreparedScope } from '../../core/agents/path-guard.ts';

export type ResolvedPath = { readonly ok: true; readonly path: string; readonly absolute: string } | { readonly ok: false; readonly path: string; readonly reason: string };

export interface PathResolver {
  /** `path.posix` or `path.win32`; tests pass `path.win32` to check Windows rules on Linux. */
  readonly pathApi: path.PlatformPath;
  /** Resolves symlinks and junctions; rejects with ENOENT for a missing path. */
  readonly realpath: (absolute: string) => Promise<string>;
}

export const nodePathResolver: PathResolver = { pathApi: path, realpath: (absolute) => nodeRealpath(absolute) };

/**
 * Resolves an agent's path to the real file it would touch, and refuses it unless both the path as
 * written and its real path (after symlinks and junctions) pass the guard. The deepest existing ancestor
 * is resolved, so a symlinked folder on the way out of the tree is caught before a new file is created.
 */
export async function resolveAgentPath(root: string, input: string, access: PathAccess, scope: PreparedScope, resolver: PathResolver = nodePathResolver): Promise<ResolvedPath> {
  const first = checkAgentPath(input, access, scope);
  if (!first.ok) return first;
  const api = resolver.pathApi;
  const outside = (relative: string) => relative === '' || relative === '..' || relative.startsWith(`..${api.sep}`) || api.isAbsolute(relative);
  const absolute = api.resolve(root, first.path);
  if (outside(api.relative(root, absolute))) return { ok: false, path: input, reason: `refused path "${input}": it resolves outside the repository` };
  const realRoot = await resolver.realpath(root);
  let existing = absolute;
  let rest: string[] = [];
  for (;;) {
    try {
      existing = await resolver.realpath(existing);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
      const parent = api.dirname(existing);
      if (parent === existing) return { ok: false, path: input, reason: `refused path "${input}": no part of it exists` };
      rest = [api.basename(existing), ...rest];
      existing = parent;
    }
  }
  const real = api.join(existing, ...rest);
  const realRelative = api.relative(realRoot, real);
  if (outside(realRelative)) return { ok: false, path: input, reason: `refused path "${input}": it resolves through a symlink or junction to ${real}, outside the repository` };
  const second = checkAgentPath(realRelative.split(api.sep).join('/'), access, scope);
  if (!second.ok) return { ok: false, path: input, reason: `${second.reason} (the real path of "${input}")` };
  return { ok: true, path: first.path, absolute: real };
}
