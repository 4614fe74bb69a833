import type { Git } from '../../ports/git.ts';

/**
 * Turns a copied sample project into a repository the loop can run on: `git init` on branch main and
 * one commit of everything (the sample's `.gitignore` keeps `.shopfloor/` out).
 */
export async function seedDemoRepo(git: Git, dir: string): Promise<string> {
  await git.init(dir, { initialBranch: 'main' });
  await git.addAll(dir);
  return git.commit(dir, 'Sample project textkit, its policy and work orders\n');
}
