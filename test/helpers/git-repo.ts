import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createGitCli } from '../../src/adapters/git/git-cli.ts';
import type { Git } from '../../src/ports/git.ts';
import { makeTempDir } from './temp-dir.ts';

/** Fails loudly when git is missing: under CI a test never skips quietly for lack of a tool. */
export function requireGit(): void {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('git is required for this test; install git (apt-get install git)');
  }
}

/** Writes files (path -> text) under a directory, creating folders as needed. */
export async function writeFiles(root: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** A real git repository in a temp dir with one commit holding `files`, on branch main. */
export async function createGitRepo(files: Readonly<Record<string, string>> = { 'README.md': '# test\n' }): Promise<{ dir: string; git: Git; head: string }> {
  requireGit();
  const dir = await makeTempDir('shopfloor-repo-');
  const git = createGitCli();
  await git.init(dir);
  await writeFiles(dir, files);
  await git.addAll(dir);
  const head = await git.commit(dir, 'initial commit');
  return { dir, git, head };
}
