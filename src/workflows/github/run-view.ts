import { runStateRef } from '../../core/github/run-state.ts';
import { applySystemPatches } from '../../core/run-document/apply-system-patches.ts';
import { renderRunComment, type CommentOptions } from '../../core/run-document/render-comment.ts';
import type { RunState, RunView } from '../../core/github/run-state.ts';
import { runCommentMarker } from '../../core/run-document/run-comment-marker.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { readRunState, updateRunState, type LoadedRunState } from './update-run-state.ts';

/** GitHub's answer for a comment that was deleted (the adapter keeps Octokit's `status`). */
const isGone = (error: unknown) => (error as { status?: unknown } | null)?.status === 404;

/**
 * The tracking comment is a view of the run state in git: rendered from `loaded` and written over
 * whatever the comment says (an edit by hand is undone), recreated when it was deleted (the new
 * comment's id is stored in the state). Two writers can render out of order, so after writing, the ref
 * is read again and a newer state is rendered in turn: the last render is always of the newest state.
 */
export async function renderRunView(deps: GitHubAppDeps, repo: string, runId: string, loaded: LoadedRunState): Promise<void> {
  let at = loaded;
  for (let round = 0; round < 3; round++) {
    const view = at.state.view;
    if (view?.commentId === undefined) return;
    try {
      await deps.forge.updateIssueComment(repo, view.commentId, renderRunComment(at.state.document, actionsLinks(deps, repo, view)));
    } catch (error) {
      if (!isGone(error)) throw error;
      const rebuilt = await rebuildRunView(deps, repo, runId, view.issueNumber, view.commentId);
      if (!rebuilt) return;
      at = rebuilt;
      continue;
    }
    const head = await readRunState(deps, repo, runId, at);
    if (!head.ok || !head.value || head.value.commit.sha === at.commit.sha) return;
    at = head.value;
  }
}

/**
 * Renders `next`, a state about to be written, into its comment before the write: sound only while the
 * state before it names no comment (nobody else can render then, and every later state is written, then
 * rendered, after this one). Returns whether it rendered; a deleted comment is left to `renderRunView`.
 */
export async function renderRunViewAhead(deps: GitHubAppDeps, repo: string, next: RunState, current: LoadedRunState | undefined): Promise<boolean> {
  const view = next.view;
  if (current?.state.view?.commentId !== undefined || view?.commentId === undefined) return false;
  try {
    await deps.forge.updateIssueComment(repo, view.commentId, renderRunComment(next.document, actionsLinks(deps, repo, view)));
    return true;
  } catch (error) {
    if (!isGone(error)) throw error;
    return false;
  }
}

/** A new tracking comment for a deleted one, recorded in the state with a Conductor line; the caller renders it. */
async function rebuildRunView(deps: GitHubAppDeps, repo: string, runId: string, issueNumber: number, goneId: number): Promise<LoadedRunState | undefined> {
  const created = await deps.forge.createIssueComment({ repo, issueNumber }, `${runCommentMarker(runId)}\n_Rebuilding the run document from ${runStateRef(runId)}…_\n`);
  const updated = await updateRunState(deps, repo, runId, (current) => {
    if (!current || current.state.view?.commentId !== goneId) return undefined;
    const text = `The tracking comment was deleted; rebuilt it from the run state in git (\`${runStateRef(runId)}\`).`;
    return { ...current.state, document: applySystemPatches(current.state.document, [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text }], `view-rebuilt-${created.id}`), view: { issueNumber, commentId: created.id } };
  });
  return updated.ok ? updated.value : undefined;
}

/**
 * The run's tracking comment for a view that has none yet: the App's own comment carrying the run's
 * marker (a start that died after making it), else a new one; `firstStart` skips the look-up when the
 * run's state did not exist before this claim. Returns its id.
 */
export async function ensureRunViewComment(deps: GitHubAppDeps, repo: string, issueNumber: number, loaded: LoadedRunState, firstStart = false): Promise<number> {
  const marker = `${runCommentMarker(loaded.state.document.runId)}\n`;
  const known = loaded.state.view?.commentId;
  if (known !== undefined) return known;
  const find = async () => (await deps.forge.listIssueComments({ repo, issueNumber })).find((c) => c.authorAppId === deps.settings.appId && c.body.startsWith(marker))?.id;
  // A create is not retried blind (its answer may be lost after it landed): look again before each new try.
  // The first start of a run (the state ref was just created) cannot have a comment yet: no look-up.
  for (let attempt = 1; ; attempt++) {
    const existing = firstStart && attempt === 1 ? undefined : await find();
    if (existing !== undefined) return existing;
    try {
      return (await deps.forge.createIssueComment({ repo, issueNumber }, renderRunComment(loaded.state.document, actionsLinks(deps, repo, loaded.state.view)))).id;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * Someone edited or deleted a tracking comment by hand: it is rendered again from the run state (an edit
 * undone, a deleted comment recreated), if the state still names that comment as its view.
 */
export async function restoreRunView(deps: GitHubAppDeps, repo: string, runId: string, commentId: number): Promise<'restored' | 'not-the-view'> {
  const read = await readRunState(deps, repo, runId);
  if (!read.ok || !read.value || read.value.state.view?.commentId !== commentId) return 'not-the-view';
  await renderRunView(deps, repo, runId, read.value);
  return 'restored';
}

/**
 * The tracking comment always links the Actions run: the run itself once a `workflow_run` delivery named
 * it, before that the implement workflow's list of runs, where it appears when it starts.
 */
export function actionsLinks(deps: Pick<GitHubAppDeps, 'settings'>, repo: string, view: RunView | undefined): CommentOptions {
  if (view?.actionsRunUrl) return { fullLogUrl: view.actionsRunUrl };
  return { workflowUrl: `https://github.com/${repo}/actions/workflows/${encodeURIComponent(deps.settings.implementWorkflow)}` };
}
