import { createHash } from 'node:crypto';
import { matchAnyGlob, prepareGlob } from '../../core/glob/match-glob.ts';
import type { Git } from '../../ports/git.ts';

/**
 * The hash of a gate's cache inputs at a commit: every blob under the cache globs, by path, mode and
 * object id (`git ls-tree -r`), so it is exact and costs no file reads.
 */
export async function cacheInputsHash(git: Git, repoDir: string, commit: string, globs: readonly string[]): Promise<string> {
  if (globs.length === 0) return '';
  const listing = await git.raw(repoDir, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  if (listing.exitCode !== 0) throw new Error(`git ls-tree ${commit} failed: ${listing.stderr.trim()}`);
  const compiled = globs.map((glob) => prepareGlob(glob));
  const hash = createHash('sha256');
  for (const entry of listing.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const path = entry.slice(tab + 1);
    if (matchAnyGlob(compiled, path)) hash.update(`${entry}\n`);
  }
  return hash.digest('hex');
}
