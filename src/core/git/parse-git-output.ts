import type { GitChange, GitCommitInfo } from './git-types.ts';

/** Parses `git diff --raw -z -M` output: `:old new oldSha newSha STATUS\0path\0[newPath\0]`. */
export function parseRawDiff(output: string): GitChange[] {
  const fields = output.split('\0');
  const changes: GitChange[] = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i]!;
    if (!header.startsWith(':')) continue;
    const [oldMode, newMode, , , statusWithScore] = header.slice(1).split(' ');
    const status = (statusWithScore ?? 'X')[0] as GitChange['status'];
    if (status === 'R' || status === 'C') {
      const fromPath = fields[++i]!;
      changes.push({ status, fromPath, path: fields[++i]!, oldMode: oldMode!, newMode: newMode! });
    } else {
      changes.push({ status, path: fields[++i]!, oldMode: oldMode!, newMode: newMode! });
    }
  }
  return changes;
}

export const logFormat = '%H%x1f%P%x1f%aI%x1f%cI%x1f%s%x1f%b%x1e';

/** Parses `git log --format=<logFormat>` output. */
export function parseLog(output: string): GitCommitInfo[] {
  return output
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [sha, parents, authorDate, committerDate, subject, body] = record.split('\x1f');
      return { sha: sha!, parents: parents ? parents.split(' ') : [], authorDate: authorDate!, committerDate: committerDate!, subject: subject ?? '', body: (body ?? '').trimEnd() };
    });
}
