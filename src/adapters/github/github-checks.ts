import { batchAnnotations, fitCheckText } from '../../core/github/check-output-limits.ts';
import type { CheckRunState } from '../../ports/check-run-forge.ts';
import type { CheckAnnotation, CheckRunSpec, Ensured } from '../../ports/forge.ts';
import { repoParams, type GitHubRequest } from './github-request.ts';
import { listCheckRunsNamed } from './list-check-runs.ts';

function stateParams(state: CheckRunState, annotations: readonly CheckAnnotation[] = []) {
  if (state.status === 'completed' && !state.conclusion) throw new Error('a completed check run needs a conclusion');
  return {
    status: state.status,
    ...(state.conclusion ? { conclusion: state.conclusion } : {}),
    ...(state.detailsUrl ? { details_url: state.detailsUrl } : {}),
    output: {
      title: fitCheckText(state.output.title, 255),
      summary: fitCheckText(state.output.summary),
      ...(state.output.text ? { text: fitCheckText(state.output.text) } : {}),
      ...(annotations.length ? { annotations: annotations.map(toApiAnnotation) } : {}),
    },
  };
}

function toApiAnnotation(annotation: CheckAnnotation) {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level,
    message: fitCheckText(annotation.message, 64_000),
    ...(annotation.title ? { title: fitCheckText(annotation.title, 255) } : {}),
  };
}

export function createGitHubChecks(request: GitHubRequest) {
  const createCheckRun = async (repo: string, headSha: string, name: string, state: CheckRunState, extra: { externalId?: string; annotations?: readonly CheckAnnotation[] } = {}) => {
    const { data } = await request('POST /repos/{owner}/{repo}/check-runs', { ...repoParams(repo), name, head_sha: headSha, ...(extra.externalId ? { external_id: extra.externalId } : {}), ...stateParams(state, extra.annotations) });
    return { id: data.id };
  };
  const updateCheckRun = async (repo: string, checkRunId: number, state: CheckRunState, annotations?: readonly CheckAnnotation[]) => {
    await request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repoParams(repo), check_run_id: checkRunId, ...stateParams(state, annotations) });
  };
  /**
   * One check run per name and head SHA: updated when it exists, created otherwise. GitHub takes at
   * most 50 annotations a request and appends them, so the rest follow as further updates (only when
   * the run is new: an existing run already has them).
   */
  const ensureCheckRun = async (repo: string, spec: CheckRunSpec, absent = false): Promise<Ensured<{ id: number }>> => {
    const [first = [], ...rest] = batchAnnotations(spec.annotations ?? []);
    // `absent`: the head commit was just made by this handling, so no check run can be on it yet.
    const existing = absent ? undefined : (await listCheckRunsNamed(request, repo, spec.headSha, spec.name))[0];
    if (existing) {
      // GitHub appends annotations on every update, so a repeated ensure sends none: they landed with the first.
      await updateCheckRun(repo, existing.id, spec);
      return { created: false, value: { id: existing.id } };
    }
    const { id } = await createCheckRun(repo, spec.headSha, spec.name, spec, { ...(spec.externalId ? { externalId: spec.externalId } : {}), annotations: first });
    for (const batch of rest) await updateCheckRun(repo, id, spec, batch);
    return { created: true, value: { id } };
  };
  return { createCheckRun: (repo: string, headSha: string, name: string, state: CheckRunState) => createCheckRun(repo, headSha, name, state), updateCheckRun: (repo: string, id: number, state: CheckRunState) => updateCheckRun(repo, id, state), ensureCheckRun };
}
