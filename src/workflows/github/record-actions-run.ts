import { actionsRunUrlPattern } from '../../core/github/run-state.ts';
import { checkRunId } from '../../core/run-document/document-model.ts';
import { applySystemPatches } from '../../core/run-document/apply-system-patches.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { renderRunView } from './run-view.ts';
import { updateRunState } from './update-run-state.ts';

/**
 * The run id an implement workflow run works on, from its title: the shipped workflow's `run-name`
 * ends in `run <run id>`. Undefined for any other title.
 */
export function runIdOfWorkflowTitle(title: string | undefined): string | undefined {
  const runId = / run ([A-Za-z0-9._-]+)$/.exec(title ?? '')?.[1];
  return runId !== undefined && checkRunId(runId).ok ? runId : undefined;
}

export type RecordedActionsRun = { readonly kind: 'recorded' | 'unchanged' | 'no-run' | 'refused'; readonly reason?: string };

/**
 * Notes the Actions run working on a run (from a `workflow_run` delivery of the implement workflow) in
 * the run state, with a Conductor line, and renders the tracking comment so it links that run. The URL
 * comes from GitHub's signed delivery, never from the title; a run the App does not know is left alone.
 */
export async function recordActionsRun(deps: GitHubAppDeps, input: { readonly repo: string; readonly runId: string; readonly url: string }): Promise<RecordedActionsRun> {
  if (!actionsRunUrlPattern.test(input.url)) return { kind: 'refused', reason: `"${input.url}" is not an Actions run page` };
  const updated = await updateRunState(deps, input.repo, input.runId, (current) => {
    if (!current?.state.view || current.state.view.actionsRunUrl === input.url) return undefined;
    const text = `Actions run: ${input.url}`;
    return { ...current.state, document: applySystemPatches(current.state.document, [{ kind: 'append-log-line', section: 'conductor', target: 'canon', text }], `actions-run-${input.url.split('/').pop()}`), view: { ...current.state.view, actionsRunUrl: input.url } };
  });
  if (!updated.ok) throw new Error(updated.reason);
  if (!updated.value) return { kind: 'no-run' };
  if (!updated.written) return { kind: 'unchanged' };
  await renderRunView(deps, input.repo, input.runId, updated.value);
  return { kind: 'recorded' };
}
