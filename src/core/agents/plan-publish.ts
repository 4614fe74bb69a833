import type { GitChange } from '../git/git-types.ts';
import { checkAgentPath, type PreparedScope } from './path-guard.ts';

export interface PublishEntry {
  readonly path: string;
  readonly change: GitChange;
  readonly reason?: string;
}

/** Which changes of an agent's worktree may be committed, and which are left out with the reason. */
export interface PublishPlan {
  /** Paths to stage: a kept rename stages both its old and new path. */
  readonly stage: readonly string[];
  readonly kept: readonly PublishEntry[];
  readonly outOfScope: readonly PublishEntry[];
}

const symlinkMode = '120000';
const gitlinkMode = '160000';

/**
 * Splits a worktree diff into in-scope and out-of-scope changes. A rename is kept only when both ends
 * are in scope (otherwise it would delete or create a file outside); deletions, mode changes, symlinks
 * and submodules are judged by the same scope. A symlink whose target leaves the tree is never kept.
 */
export function planPublish(changes: readonly GitChange[], scope: PreparedScope, symlinkTargets: Readonly<Record<string, string>> = {}): PublishPlan {
  const kept: PublishEntry[] = [];
  const outOfScope: PublishEntry[] = [];
  const stage: string[] = [];
  for (const change of changes) {
    const ends = change.fromPath ? [change.fromPath, change.path] : [change.path];
    const refused = ends.map((path) => checkAgentPath(path, 'write', scope)).find((verdict) => !verdict.ok);
    let reason = refused && !refused.ok ? refused.reason.replace(/^refused path/, 'change to') : undefined;
    if (!reason && change.newMode === symlinkMode) reason = checkSymlinkTarget(change.path, symlinkTargets[change.path]);
    if (!reason && change.newMode === gitlinkMode && change.oldMode !== gitlinkMode) reason = `"${change.path}" adds a submodule; submodules need a human-authored work order that names them`;
    if (reason) outOfScope.push({ path: change.path, change, reason });
    else {
      kept.push({ path: change.path, change });
      stage.push(...ends);
    }
  }
  return { stage: [...new Set(stage)], kept, outOfScope };
}

function checkSymlinkTarget(path: string, target: string | undefined): string | undefined {
  if (target === undefined) return `"${path}" is a symlink whose target could not be read`;
  if (/^([\\/]|[A-Za-z]:|~)/.test(target)) return `"${path}" is a symlink to an absolute path (${target}), outside the repository`;
  const depth = path.split('/').length - 1;
  let level = depth;
  for (const segment of target.split(/[\\/]+/)) {
    if (segment === '..') level--;
    else if (segment !== '.' && segment !== '') level++;
    if (level < 0) return `"${path}" is a symlink leaving the repository (${target})`;
  }
  return undefined;
}
