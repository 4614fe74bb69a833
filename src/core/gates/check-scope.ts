import type { GitChange } from '../git/git-types.ts';
import { matchAnyGlob, prepareGlob } from '../glob/match-glob.ts';
import type { Annotation } from './gate-spec.ts';

const modeNames: Readonly<Record<string, string>> = { '120000': 'symlink', '160000': 'submodule', '100755': 'executable file', '100644': 'file' };

/**
 * Every changed path (both sides of a rename, deletions, mode and type changes, symlinks and submodules)
 * must match a scope glob and no forbidden glob. Returns one annotation per offending path.
 */
export function checkScope(changes: readonly GitChange[], scope: { readonly paths: readonly string[]; readonly forbidden?: readonly string[] }, options: { readonly caseInsensitive?: boolean } = {}): Annotation[] {
  const allowed = scope.paths.map((glob) => prepareGlob(glob, options));
  const forbidden = (scope.forbidden ?? []).map((glob) => prepareGlob(glob, options));
  const problems: Annotation[] = [];
  for (const change of changes) {
    const what = describeChange(change);
    for (const path of change.fromPath ? [change.fromPath, change.path] : [change.path]) {
      if (matchAnyGlob(forbidden, path)) problems.push({ path, line: 1, level: 'error', title: 'scope', message: `${what} touches "${path}", which the work order forbids (${(scope.forbidden ?? []).join(', ')})` });
      else if (!matchAnyGlob(allowed, path)) problems.push({ path, line: 1, level: 'error', title: 'scope', message: `${what} touches "${path}", outside the work order's scope (${scope.paths.join(', ')}); revert it or widen the scope` });
    }
  }
  return problems;
}

function describeChange(change: GitChange): string {
  const kind = modeNames[change.newMode] ?? modeNames[change.oldMode] ?? 'file';
  switch (change.status) {
    case 'A': return `adding a ${kind}`;
    case 'D': return `deleting a ${modeNames[change.oldMode] ?? 'file'}`;
    case 'R': return `renaming "${change.fromPath}" to "${change.path}"`;
    case 'C': return `copying "${change.fromPath}" to "${change.path}"`;
    case 'T': return `changing a ${modeNames[change.oldMode] ?? 'file'} into a ${kind}`;
    default: return change.oldMode !== change.newMode ? `changing the mode ${change.oldMode} -> ${change.newMode}` : `modifying a ${kind}`;
  }
}
