import type { Git } from '../../ports/git.ts';

/**
 * The part of an agent's work copy that publishing left out, as a binary-safe patch against `base`
 * (`git apply` takes it back). Read after publishing: the refused changes are still uncommitted in the
 * work copy, which is thrown away afterwards, so staging them here disturbs nothing. Empty when there
 * is nothing to keep.
 */
export async function refusedPatch(git: Git, workDir: string, base: string, paths: readonly string[]): Promise<string> {
  if (paths.length === 0) return '';
  // `:(literal)` so a hostile file name like `*` names itself, not every file.
  const pathspecs = [...new Set(paths)].map((path) => `:(literal)${path}`);
  const added = await git.raw(workDir, ['add', '--all', '--', ...pathspecs]);
  if (added.exitCode !== 0) throw new Error(`could not stage the refused changes in ${workDir} to keep them as a patch: ${added.stderr.trim()}`);
  const diff = await git.raw(workDir, ['diff', '--cached', '--binary', '--no-renames', '--no-color', '--no-ext-diff', base, '--', ...pathspecs]);
  if (diff.exitCode !== 0) throw new Error(`could not write the refused changes in ${workDir} as a patch: ${diff.stderr.trim()}`);
  return diff.stdout;
}
