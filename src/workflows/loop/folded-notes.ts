import type { Git } from '../../ports/git.ts';

/**
 * Where the merge train records the car commits it landed folded into a later car: main moved past them
 * straight to that car (whose signed report proves its tree, theirs included), so they carry no report
 * of their own, and this note says which car and report to check instead.
 */
export const foldedNotesRef = 'refs/notes/shopfloor-folded';

export interface FoldedRecord {
  /** The train car main was moved to, whose report is noted on it in refs/notes/shopfloor. */
  readonly landedIn: string;
  readonly reportDigest: string;
}

/** Records every first-parent commit between `from` (main before) and `to` (the car main moved to) as folded into `to`. */
export async function recordFolded(git: Git, repoDir: string, from: string, to: string, reportDigest: string): Promise<void> {
  const passed = await git.log(repoDir, { from, to, firstParent: true });
  for (const commit of passed) if (commit.sha !== to) await git.notesAdd(repoDir, foldedNotesRef, commit.sha, JSON.stringify({ landedIn: to, reportDigest } satisfies FoldedRecord));
}

/** The folded record of `sha`, or undefined (none, or not Shopfloor's JSON). */
export async function readFolded(git: Pick<Git, 'notesShow'>, repoDir: string, sha: string): Promise<FoldedRecord | undefined> {
  const text = await git.notesShow(repoDir, foldedNotesRef, sha);
  if (!text) return undefined;
  try {
    const record = JSON.parse(text) as FoldedRecord;
    return typeof record.landedIn === 'string' && /^[0-9a-f]{40}$/.test(record.landedIn) && typeof record.reportDigest === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}
