import type { AttemptRecord } from '../../core/loop/choose-attempt.ts';
import type { Git } from '../../ports/git.ts';

/** Where agent attempts are recorded: one JSON note per agent commit (work-order hash, refusals, holds, decisions). */
export const attemptNotesRef = 'refs/notes/shopfloor-attempts';

/** The record of the attempt whose commit is `sha`, or undefined (none, or not Shopfloor's JSON). */
export async function readAttemptNote(git: Git, repoDir: string, sha: string): Promise<AttemptRecord | undefined> {
  const text = await git.notesShow(repoDir, attemptNotesRef, sha);
  if (!text) return undefined;
  try {
    const record = JSON.parse(text) as AttemptRecord;
    return typeof record.workOrderHash === 'string' && typeof record.attempt === 'number' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Writes (replaces) the record of the attempt whose commit is `sha`. */
export async function writeAttemptNote(git: Git, repoDir: string, sha: string, record: AttemptRecord): Promise<void> {
  await git.notesAdd(repoDir, attemptNotesRef, sha, JSON.stringify(record));
}
