import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The environment with `<dir>/.env` under it, the way `probot run` reads it: a variable already set in
 * the environment wins over the file. No file, no change. A file that cannot be read is bad input.
 */
export function withDotEnv(env: Readonly<Record<string, string | undefined>>, dir: string): { readonly env: Readonly<Record<string, string | undefined>>; readonly file?: string } {
  const file = join(dir, '.env');
  if (!existsSync(file)) return { env };
  const fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  return { env: { ...fromFile, ...env }, file };
}
