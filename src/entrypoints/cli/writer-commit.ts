import { createGitCli } from '../../adapters/git/git-cli.ts';

/** The Writer's /commits/<sha> of the repository at `root`: `git show --stat` (a merge against its first parent: what it brought to main) and the commit's signed report note. */
export function writerCommit(root: string, env: Readonly<Record<string, string | undefined>>): (sha: string) => Promise<{ full: string; commit: string; report?: string } | undefined> {
  const git = createGitCli({ env });
  return async (sha) => {
    if (!/^[0-9a-f]{7,40}$/.test(sha)) return undefined;
    const full = await git.revParse(root, `${sha}^{commit}`);
    if (!full) return undefined;
    const shown = await git.raw(root, ['show', '--stat', '--diff-merges=first-parent', '--format=fuller', '--no-color', full, '--']);
    if (shown.exitCode !== 0) return undefined;
    const report = await git.notesShow(root, 'refs/notes/shopfloor', full);
    return { full, commit: shown.stdout, ...(report ? { report } : {}) };
  };
}
