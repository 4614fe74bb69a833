import type { PreparedScope } from '../../core/agents/path-guard.ts';
import { planPublish, type PublishEntry } from '../../core/agents/plan-publish.ts';
import type { Git } from '../../ports/git.ts';

export interface PublishResult {
  /** The commit on the agent branch, or undefined when no in-scope change was left. */
  readonly commit: string | undefined;
  readonly kept: readonly PublishEntry[];
  readonly outOfScope: readonly PublishEntry[];
}

/** Thrown when the staged set differs from the plan: a bug or a race, never committed over. */
export class PublishMismatchError extends Error {
  override readonly name = 'PublishMismatchError';
  constructor(readonly unexpected: readonly string[]) {
    super(`refusing to commit: staged paths outside the publish plan (${unexpected.join(', ')})`);
  }
}

/**
 * Commits only the in-scope part of a work copy's files on top of `base`, whatever the agent did there
 * (its own commits, branches and `.git` are never read). `git` must run with Shopfloor's private git dir
 * (`Git.withGitDir`), whose HEAD names the branch to commit on. Out-of-scope changes are left out and
 * returned for the run document and the report.
 */
export async function publishChanges(options: { readonly git: Git; readonly worktree: string; readonly base: string; readonly scope: PreparedScope; readonly message: string | ((outOfScope: readonly string[]) => string) }): Promise<PublishResult> {
  const { git, worktree, base } = options;
  await git.resetMixed(worktree, base);
  await git.addAll(worktree);
  const changes = await git.diff(worktree, base);
  const symlinkTargets: Record<string, string> = {};
  for (const change of changes) {
    if (change.newMode !== '120000') continue;
    const target = await git.raw(worktree, ['cat-file', '-p', `:${change.path}`]);
    if (target.exitCode === 0) symlinkTargets[change.path] = target.stdout;
  }
  const plan = planPublish(changes, options.scope, symlinkTargets);
  await git.resetMixed(worktree, base);
  if (plan.stage.length === 0) return { commit: undefined, kept: [], outOfScope: plan.outOfScope };
  // `:(literal)` so a hostile file name like `*` is a name, not a pathspec that stages everything.
  await git.addAll(worktree, plan.stage.map((path) => `:(literal)${path}`));
  const staged = await git.stagedPaths(worktree, base);
  const allowed = new Set(plan.stage);
  const unexpected = staged.filter((path) => !allowed.has(path));
  if (unexpected.length > 0) {
    await git.resetMixed(worktree, base);
    throw new PublishMismatchError(unexpected);
  }
  if (staged.length === 0) return { commit: undefined, kept: [], outOfScope: plan.outOfScope };
  // The message may record what was left out (`Shopfloor-Refused:` trailers), known only now.
  const message = typeof options.message === 'string' ? options.message : options.message(plan.outOfScope.map((entry) => entry.path));
  const commit = await git.commit(worktree, message);
  return { commit, kept: plan.kept, outOfScope: plan.outOfScope };
}
