import { lstat } from 'node:fs/promises';

/**
 * Why a file of Shopfloor's local state (`.shopfloor/…`) is not this user's own, or undefined when it is:
 * tracked by git (it came with the repository), not a regular file, another user's, or open to others
 * (`secret`: nobody else may read it, as for a key; otherwise nobody else may write it, as for approvals).
 */
export async function notOwn(path: string, tracked: boolean, uid: number | undefined, secret = true): Promise<string | undefined> {
  if (tracked) return 'it is tracked by git, so it came with the repository and others know it';
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return 'it cannot be read';
  if (!stat.isFile()) return 'it is not a regular file';
  if (uid === undefined) return undefined;
  if (stat.uid !== uid) return 'it belongs to another user';
  if (secret && (stat.mode & 0o077) !== 0) return `others may read it (mode ${(stat.mode & 0o777).toString(8)}, not 600)`;
  if (!secret && (stat.mode & 0o022) !== 0) return `others may write it (mode ${(stat.mode & 0o777).toString(8)})`;
  return undefined;
}
