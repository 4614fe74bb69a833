import { planAddDirective, type RunDirective } from '../../src/core/github/run-directives.ts';
import { applyPatch } from '../../src/core/run-document/apply-patch.ts';
import { createRunDocument, type RunDocument } from '../../src/core/run-document/document-model.ts';
import { readEmbeddedRunState } from '../../src/core/run-document/embedded-run-state.ts';
import type { Patch, PatchBody } from '../../src/core/run-document/patch-types.ts';
import { renderRunComment } from '../../src/core/run-document/render-comment.ts';
import type { ApiRoute } from './action-bundle.ts';
import type { createActionGitHubState } from './github-action-routes.ts';

type State = ReturnType<typeof createActionGitHubState>;

/** The App's id in these tests: its comments carry it as `performed_via_github_app`. */
export const testAppId = 777;

/** A run document built the way the App builds one: system patches applied in order from revision 0. */
export function appRunDocument(runId: string, objective: string, bodies: readonly (PatchBody | Patch)[]): RunDocument {
  return bodies.reduce<RunDocument>((document, body, index) => {
    const patch = ('runId' in body ? body : { ...body, runId, patchId: `app-${index + 1}`, source: 'system' }) as Patch;
    const result = applyPatch(document, patch);
    if (!result.ok) throw new Error(result.reason);
    return result.document;
  }, createRunDocument(runId, objective));
}

/** The tracking comment the App writes for `document` on `issue`, added to the fake; returns its id. */
export function postAppComment(state: State, issue: number, document: RunDocument): number {
  const id = state.nextId();
  state.comments.push({ id, issue, body: renderRunComment(document), updates: 0, user: { login: 'shopfloor[bot]', type: 'Bot' }, performed_via_github_app: { id: testAppId, slug: 'shopfloor' } });
  return id;
}

/**
 * Issue comments read by id (GET /repos/{owner}/{repo}/issues/comments/{comment_id}) over the Action
 * fake's comments, with every read and every edit's body recorded. `afterEdit` runs after an edit
 * lands, to play the App writing the comment between two of the runner's writes.
 */
export function createRunCommentRoute(state: State, afterEdit?: (comment: State['comments'][number], edit: number) => void) {
  const reads: number[] = [];
  const edits: string[] = [];
  const route: ApiRoute = (method, path, body, query) => {
    const m = /\/issues\/comments\/(\d+)$/.exec(path);
    if (!m) return undefined;
    const comment = state.comments.find((c) => c.id === Number(m[1]));
    if (method === 'GET') {
      reads.push(Number(m[1]));
      return comment ? [200, comment] : [404, { message: 'Not Found' }];
    }
    if (method !== 'PATCH') return undefined;
    const reply = state.route(method, path, body, query);
    edits.push(String(body.body));
    if (comment && afterEdit) afterEdit(comment, edits.length);
    return reply;
  };
  return { route, reads, edits };
}

/** What the App's `recordDirective` does to the comment: the directive appended to the User section, written back at revision + 1. */
export function appAddsDirective(comment: { body: string }, directive: RunDirective): void {
  const parsed = readEmbeddedRunState(comment.body);
  if (!parsed.ok) throw new Error(parsed.error);
  const patch = planAddDirective(parsed.document, directive);
  if (!patch) return;
  const result = applyPatch(parsed.document, patch);
  if (!result.ok) throw new Error(result.reason);
  comment.body = renderRunComment(result.document);
}
