import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import type { Git } from '../../ports/git.ts';

/**
 * Where `shopfloor run` read its policy from (the committed `main`, never the working copy), and a
 * warning when the working copy differs, so an uncommitted edit is not silently ignored.
 */
export async function policySourceNote(git: Git, root: string, main: string, committedText: string): Promise<{ readonly line: string; readonly warning?: string }> {
  const sha = (await git.revParse(root, `refs/heads/${main}`)) ?? '';
  const line = `policy: ${policyPath} as committed on ${main} (${sha.slice(0, 12)})`;
  const working = await createNodeRepoFiles(root).read(policyPath).catch(() => undefined);
  if (working === undefined || working === committedText) return { line };
  return { line, warning: `warning: ${policyPath} in your working copy differs from ${main}'s and is not used; commit it (git commit ${policyPath}) for the loop to use it` };
}
