import { matchAnyGlob, prepareGlob, type CompiledGlob } from '../glob/match-glob.ts';

/** How a path is about to be used: reads may go anywhere in the tree, writes only inside the scope. */
export type PathAccess = 'read' | 'write';
export type PathFlavor = 'posix' | 'windows';

export interface PathScope {
  readonly paths: readonly string[];
  readonly forbidden?: readonly string[];
  readonly flavor: PathFlavor;
}

export type PathVerdict = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly path: string; readonly reason: string };

/** Paths an agent never writes, whatever its scope says: git internals and the control plane. */
export const protectedGlobs = ['.git', '.git/**', '**/.git', '**/.git/**', '.github/workflows/**', '.github/shopfloor.yml', '.github/shopfloor.yaml'] as const;

const deviceName = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const shortName = /~[0-9]/;

/** A scope compiled once for many checks. */
export interface PreparedScope {
  readonly flavor: PathFlavor;
  readonly allowed: readonly CompiledGlob[];
  readonly forbidden: readonly CompiledGlob[];
  readonly protectedGlobs: readonly CompiledGlob[];
}

export function preparePathScope(scope: PathScope): PreparedScope {
  const caseInsensitive = scope.flavor === 'windows';
  const compile = (globs: readonly string[]) => globs.map((glob) => prepareGlob(glob, { caseInsensitive }));
  return {
    flavor: scope.flavor,
    allowed: compile(scope.paths),
    forbidden: compile(scope.forbidden ?? []),
    // git internals are case-insensitive on the file systems that matter (NTFS, APFS): fold always.
    protectedGlobs: protectedGlobs.map((glob) => prepareGlob(glob, { caseInsensitive: true })),
  };
}

/**
 * Checks a path an agent named, before any file system call. It must be repository-relative and plain:
 * no `..`, no absolute, drive, UNC or `\\?\` path, no 8.3 short name, no alternate data stream, no device
 * name, no trailing dot or space (Windows drops them, so `a.ts.` would alias `a.ts`). Windows rules apply on
 * every platform because the same tree is checked out on Windows runners. The adapter then resolves the real
 * path (symlinks, junctions) and calls this again with the real relative path.
 */
export function checkAgentPath(input: string, access: PathAccess, scope: PreparedScope): PathVerdict {
  const refuse = (reason: string): PathVerdict => ({ ok: false, path: input, reason: `refused path "${input}": ${reason}` });
  if (typeof input !== 'string' || input.trim() === '') return refuse('it is empty; name a file inside the repository');
  if (/[\0-\x1f\x7f]/.test(input)) return refuse('it contains control characters');
  if (/[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u{E0000}-\u{E007F}]/u.test(input)) return refuse('it contains invisible or bidirectional characters that disguise the name');
  if (input.length > 1024) return refuse('it is longer than 1024 characters');
  if (/^[\\/]{2}/.test(input)) return refuse('UNC and device paths (\\\\server, \\\\?\\, \\\\.\\) are outside the repository');
  if (/^[A-Za-z]:/.test(input)) return refuse('it names a drive; use a path relative to the repository root');
  if (input.startsWith('/') || input.startsWith('\\')) return refuse('it is absolute; use a path relative to the repository root');
  if (input.startsWith('~')) return refuse('it names a home directory');
  if (input.includes('\\') && scope.flavor === 'posix') return refuse('it contains a backslash; use "/" between folders');
  const segments = input.split(scope.flavor === 'windows' ? /[\\/]+/ : /\/+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return refuse('it names the repository root, not a file');
  for (const segment of segments) {
    if (segment === '..') return refuse('".." leaves the folder; name the file directly');
    if (segment.includes(':')) return refuse(`"${segment}" has a ":" (an NTFS alternate data stream or drive)`);
    if (/[<>"|?*]/.test(segment)) return refuse(`"${segment}" has a character Windows does not allow in names`);
    if (/[. ]$/.test(segment)) return refuse(`"${segment}" ends with a dot or space, which Windows silently drops`);
    if (deviceName.test(segment.trim())) return refuse(`"${segment}" is a Windows device name`);
    if (shortName.test(segment)) return refuse(`"${segment}" looks like an 8.3 short name that could alias another file`);
  }
  const path = segments.join('/');
  // Every protected glob names ".git" or ".github": skip the automata for the common path without it.
  if (/\.git/i.test(path) && matchAnyGlob(scope.protectedGlobs, path) && (access === 'write' || /(^|\/)\.git(\/|$)/i.test(path))) {
    return { ok: false, path, reason: `refused path "${input}": it is git or control-plane state, which agents never ${access}` };
  }
  if (matchAnyGlob(scope.forbidden, path)) return { ok: false, path, reason: `refused path "${input}": it matches the work order's forbidden globs` };
  if (access === 'write' && !matchAnyGlob(scope.allowed, path)) {
    return { ok: false, path, reason: `refused path "${input}": it is outside the work order's scope (${scope.allowed.map((glob) => glob.source).join(', ')})` };
  }
  return { ok: true, path };
}
