import { access, constants, realpath } from 'node:fs/promises';
import { delimiter, dirname, isAbsolute, join, resolve, sep } from 'node:path';

export type LocatedProgram = { readonly ok: true; readonly path: string; readonly readOnly: readonly string[] } | { readonly ok: false; readonly error: string };

/**
 * Finds an agent CLI the way a shell would (an absolute path, else each directory of the agent's PATH)
 * and names what the box must let it read: the program's real file's directory, widened to its npm
 * package's `node_modules` when it is inside one: an npm-installed CLI needs its whole package and the
 * dependencies installed next to it (Codex's launcher runs the binary of `@openai/codex-linux-x64`).
 */
export async function locateAgentProgram(program: string, env: Readonly<Record<string, string>>, cwd: string): Promise<LocatedProgram> {
  const candidates = isAbsolute(program) || program.includes('/') ? [resolve(cwd, program)] : (env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  for (const candidate of candidates) {
    if (!(await access(candidate, constants.X_OK).then(() => true, () => false))) continue;
    const real = await realpath(candidate);
    const marker = `${sep}node_modules${sep}`;
    const inPackage = real.lastIndexOf(marker);
    const packageRoot = inPackage === -1 ? dirname(real) : real.slice(0, inPackage + marker.length - 1);
    // The box binds real paths and starts the real file: a link through a symlinked directory (a
    // worktree's node_modules) would point at a path the box does not have.
    return { ok: true, path: real, readOnly: [...new Set([await realpath(dirname(candidate)), packageRoot])] };
  }
  return { ok: false, error: `${program} was not found on the agent's PATH; install it there or set agents.providers.<name>.program to its absolute path` };
}
