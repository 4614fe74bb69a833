import type { GitChange } from '../../core/git/git-types.ts';
import { matchAnyGlob, prepareGlob } from '../../core/glob/match-glob.ts';
import { dangerousPathGlobs } from '../../core/merge/merge-decision.ts';

const globs = dangerousPathGlobs.map((glob) => prepareGlob(glob, { caseInsensitive: true }));

/** Whether approving this change needs admin: it touches a control-plane path or deletes many files. */
export function isDangerousChange(changes: readonly GitChange[], maxDeletedFiles = 20): boolean {
  const touched = changes.some((change) => matchAnyGlob(globs, change.path) || (change.fromPath !== undefined && matchAnyGlob(globs, change.fromPath)));
  return touched || changes.filter((change) => change.status === 'D').length > maxDeletedFiles || changes.some((change) => change.path === 'package.json');
}
