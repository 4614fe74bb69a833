import { access, constants } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import type { CommandLocator } from '../../ports/command-locator.ts';

/** Looks a program up the way the shell will: a path relative to the working directory, else each `PATH` entry (with `PATHEXT` on Windows). */
export function createNodeCommandLocator(platform: NodeJS.Platform = process.platform): CommandLocator {
  return {
    exists: async (command, cwd, env) => {
      const windows = platform === 'win32';
      const extensions = windows ? ['', ...(env.PATHEXT ?? env.Pathext ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
      const candidates = command.includes('/') || (windows && command.includes('\\')) || isAbsolute(command)
        ? [resolve(cwd, command)]
        : (Object.entries(env).find(([name]) => (windows ? name.toUpperCase() : name) === 'PATH')?.[1] ?? '').split(windows ? ';' : delimiter).filter(Boolean).map((dir) => join(dir, command));
      for (const candidate of candidates) {
        for (const extension of extensions) {
          if (await access(candidate + extension, windows ? constants.F_OK : constants.X_OK).then(() => true, () => false)) return true;
        }
      }
      return false;
    },
  };
}
