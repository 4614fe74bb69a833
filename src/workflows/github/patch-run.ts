import type { RunState } from '../../core/github/run-state.ts';
import { applySystemPatches } from '../../core/run-document/apply-system-patches.ts';
import type { RunDocument } from '../../core/run-document/document-model.ts';
import type { Patch, PatchBody } from '../../core/run-document/patch-types.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { renderRunView } from './run-view.ts';
import { readRunState, updateRunState, type LoadedRunState } from './update-run-state.ts';

export type FoundRun = { readonly ok: true; readonly value: LoadedRunState } | { readonly ok: false; readonly reason: string };

/** The run's state from its ref in git; a run that has none (never started, or started by an older Shopfloor) is a reason. */
export async function findRun(deps: GitHubAppDeps, repo: string, runId: string): Promise<FoundRun> {
  const read = await readRunState(deps, repo, runId);
  if (!read.ok) return read;
  return read.value ? { ok: true, value: read.value } : { ok: false, reason: `run \`${runId}\` has no run state in git (no \`refs/shopfloor/runs/${runId}\`)` };
}

/** What to change, planned on the document as it is now: patches (system bodies get ids from `prefix`), and state fields. */
export type RunChange = { readonly patches: readonly (Patch | PatchBody)[]; readonly state?: Partial<Omit<RunState, 'document'>> } | undefined;

export type PatchedRun = { readonly ok: true; readonly value: LoadedRunState; readonly written: boolean } | { readonly ok: false; readonly reason: string };

/**
 * Changes a run's state by compare-and-swap and renders its tracking comment: `plan` sees the state as
 * it is now (again after a lost race) and returns the change, or undefined when there is nothing to do
 * (its change is already there), so whichever replica or runner wrote meanwhile, nothing is lost.
 */
export async function patchRun(deps: GitHubAppDeps, repo: string, runId: string, prefix: string, plan: (state: RunState) => RunChange, known?: LoadedRunState): Promise<PatchedRun> {
  const updated = await updateRunState(deps, repo, runId, (current) => {
    const change = current ? plan(current.state) : undefined;
    if (!current || !change || change.patches.length === 0) return undefined;
    const document: RunDocument = applySystemPatches(current.state.document, change.patches, `${prefix}-r${current.state.document.revision}`);
    return { ...current.state, ...change.state, document };
  }, known);
  if (!updated.ok) return updated;
  if (!updated.value) return { ok: false, reason: `run \`${runId}\` has no run state in git` };
  if (updated.written) await renderRunView(deps, repo, runId, updated.value);
  return { ok: true, value: updated.value, written: updated.written };
}
