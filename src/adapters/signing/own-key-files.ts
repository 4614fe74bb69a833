import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Git } from '../../ports/git.ts';

/** A `.pem` in `.shopfloor/keys/` and whether it is this user's own key, or why not. */
export type KeyFile = { readonly path: string; readonly own: true } | { readonly path: string; readonly own: false; readonly why: string };

/**
 * The key files in a checkout's `.shopfloor/keys/`, each judged: a key is this user's own only when it is
 * a regular file (not a link), not tracked by git, and (on POSIX) owned by this user and closed to group
 * and others (0600, as `writeSigningKey` makes it). A key that came with the repository (committed with
 * `git add -f`, which a clone checks out 0644) is known to whoever committed it: signing with it, or
 * trusting reports it signed, would let them forge "verified".
 */
export async function keyFiles(root: string, git: Pick<Git, 'lsFiles'>): Promise<KeyFile[]> {
  const dir = join(root, '.shopfloor', 'keys');
  const dirStat = await lstat(dir).catch(() => undefined);
  if (!dirStat) return [];
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.pem')).sort();
  if (names.length === 0) return [];
  if (!dirStat.isDirectory()) return names.map((name) => ({ path: join(dir, name), own: false as const, why: '.shopfloor/keys is a link, not a directory of this checkout' }));
  const tracked = new Set((await git.lsFiles(root).catch(() => [] as string[])).filter((file) => file.startsWith('.shopfloor/')));
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const files: KeyFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const why = await notOwn(path, tracked.has(`.shopfloor/keys/${name}`), uid);
    files.push(why ? { path, own: false, why } : { path, own: true });
  }
  return files;
}

async function notOwn(path: string, tracked: boolean, uid: number | undefined): Promise<string | undefined> {
  if (tracked) return 'it is tracked by git, so it came with the repository and others know it';
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return 'it cannot be read';
  if (!stat.isFile()) return 'it is not a regular file';
  if (uid === undefined) return undefined;
  if (stat.uid !== uid) return 'it belongs to another user';
  if ((stat.mode & 0o077) !== 0) return `others may read it (mode ${(stat.mode & 0o777).toString(8)}, not 600)`;
  return undefined;
}

/** The one-line refusal for a key that is not this user's own. */
export function refusedKeyMessage(file: Extract<KeyFile, { own: false }>): string {
  return `${file.path} is not your own signing key: ${file.why}. Remove it (git rm --cached if it is committed) and let \`shopfloor run\` or \`shopfloor report keygen\` make a new one`;
}
