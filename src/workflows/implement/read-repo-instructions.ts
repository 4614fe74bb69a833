import { isInstructionFile, selectInstructions, type RepoInstruction } from '../../core/agents/repo-instructions.ts';
import type { Git } from '../../ports/git.ts';

/** Reads the instruction files at `rev` (the default branch's commit) and picks those that apply to the scope. */
export async function readRepoInstructions(git: Git, repoDir: string, rev: string, scope: readonly string[]): Promise<RepoInstruction[]> {
  const listing = await git.raw(repoDir, ['ls-tree', '-r', '-z', '--name-only', rev]);
  const paths = listing.stdout.split('\0').filter((path) => path && isInstructionFile(path)).slice(0, 200);
  const files = new Map<string, string>();
  for (const path of paths) {
    const text = await git.show(repoDir, rev, path);
    if (text !== undefined) files.set(path, text);
  }
  return selectInstructions(files, scope);
}
