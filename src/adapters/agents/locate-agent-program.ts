import { access, constants, realpath } from 'node:fs/promises';
import { delimiter, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { Platform } from '../../core/env/build-environment.ts';

export type LocatedProgram = { readonly ok: true; readonly path: string; readonly readOnly: readonly string[] } | { readonly ok: false; readonly error: string };

/**
 * Finds an agent CLI the way a shell would (an absolute path, else each directory of the agent's PATH;
 * on Windows each name also with every `PATHEXT` extension, so `claude` finds npm's `claude.cmd`) and
 * names what the box must let it read: the program's real file's directory, widened to its npm
 * package's `node_modules` when it is inside one: an npm-installed CLI needs its whole package and the
 * dependencies installed next to it (Codex's launcher runs the binary of `@openai/codex-linux-x64`).
 */
export async function locateAgentProgram(program: string, env: Readonly<Record<string, string>>, cwd: string, platform: Platform = process.platform === 'win32' ? 'windows' : 'linux'): Promise<LocatedProgram> {
  const windows = platform === 'windows';
  // Windows environment names are case-insensitive (`Path`, `PATHEXT`); the extensions too (`.CMD`).
  const variable = (name: string) => Object.entries(env).find(([key]) => (windows ? key.toUpperCase() : key) === name)?.[1];
  const extensions = windows ? ['', ...(variable('PATHEXT') ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  const direct = isAbsolute(program) || program.includes('/') || (windows && program.includes('\\'));
  const names = direct ? [resolve(cwd, program)] : (variable('PATH') ?? '').split(windows ? ';' : delimiter).filter(Boolean).map((dir) => join(dir, program));
  for (const name of names) {
    for (const extension of extensions) {
      const candidate = name + extension;
      // Windows has no execute bit: a file that exists with a PATHEXT extension runs.
      if (!(await access(candidate, windows ? constants.F_OK : constants.X_OK).then(() => true, () => false))) continue;
      const real = await realpath(candidate);
      const marker = `${sep}node_modules${sep}`;
      const inPackage = real.lastIndexOf(marker);
      const packageRoot = inPackage === -1 ? dirname(real) : real.slice(0, inPackage + marker.length - 1);
      // The box binds real paths and starts the real file: a link through a symlinked directory (a
      // worktree's node_modules) would point at a path the box does not have.
      return { ok: true, path: real, readOnly: [...new Set([await realpath(dirname(candidate)), packageRoot])] };
    }
  }
  return { ok: false, error: `${program} was not found on the agent's PATH${windows ? ' (with PATHEXT)' : ''}; install it there or set agents.providers.<name>.program to its absolute path` };
}
