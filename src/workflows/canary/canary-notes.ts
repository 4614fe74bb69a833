import type { CanaryVerdictKind } from '../../core/canary/canary-types.ts';
import type { Git } from '../../ports/git.ts';

/** Where canary verdicts are kept: one JSON line per run, as a git note on the commit it judged. */
export const canaryNotesRef = 'refs/notes/shopfloor-canary';
export const lastGoodRef = 'refs/shopfloor/canary/last-good';

/** One line of a canary note. */
export interface CanaryNote {
  readonly verdict: CanaryVerdictKind;
  /** ISO time the verdict was reached. */
  readonly at: string;
  readonly regressed?: readonly string[];
  readonly flaky?: readonly string[];
  /** Runs per flow, so later canaries can learn each flow's flake rate. */
  readonly flows?: readonly { readonly id: string; readonly passes: number; readonly fails: number }[];
}

/** Appends a verdict to the commit's canary note (a commit may be judged more than once). */
export async function appendCanaryNote(git: Git, repoDir: string, sha: string, note: CanaryNote): Promise<void> {
  const existing = (await git.notesShow(repoDir, canaryNotesRef, sha)) ?? '';
  await git.notesAdd(repoDir, canaryNotesRef, sha, `${existing.trimEnd()}\n${JSON.stringify(note)}`.trimStart());
}

/** Every canary verdict recorded in notes, by the commit it judged; malformed lines are skipped. */
export async function readCanaryNotes(git: Git, repoDir: string): Promise<{ sha: string; note: CanaryNote }[]> {
  const listed = await git.raw(repoDir, ['notes', `--ref=${canaryNotesRef}`, 'list']);
  if (listed.exitCode !== 0) return [];
  const notes: { sha: string; note: CanaryNote }[] = [];
  for (const line of listed.stdout.split('\n').filter(Boolean)) {
    const sha = line.split(' ')[1];
    if (!sha) continue;
    for (const text of ((await git.notesShow(repoDir, canaryNotesRef, sha)) ?? '').split('\n')) {
      try {
        const note = JSON.parse(text) as CanaryNote;
        if (typeof note.verdict === 'string' && typeof note.at === 'string') notes.push({ sha, note });
      } catch {
        continue;
      }
    }
  }
  return notes;
}
