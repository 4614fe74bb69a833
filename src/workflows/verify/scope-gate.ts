import { checkScope } from '../../core/gates/check-scope.ts';
import type { Annotation, GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import type { GateContext, RefusedChanges } from './verify-types.ts';

/**
 * Built-in `scope`: the diff against the base stays inside the work order's scope and outside its
 * forbidden globs, and nothing the agent changed was refused. Refused paths (left out of the commit)
 * are listed and make the gate fail; it blocks unless the drop was decided (policy or a user).
 */
export async function runScopeGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1 };
  const workOrder = options.workOrder?.value;
  if (!workOrder) return { ...base, status: 'skipped', reason: 'no work order given (--work-order)', annotations: [] };
  // The work order's own file is no change of the agent's: on GitHub, intake commits it on the agent branch
  // (an edit to it is caught by its content hash, which the App compares with the copy it committed).
  const ownFile = options.workOrder?.file;
  const changes = (await options.git.diff(options.repoDir, context.base, context.dirty ? undefined : context.head)).filter((change) => change.path !== ownFile || change.fromPath !== undefined);
  const annotations = checkScope(changes, workOrder.scope, { caseInsensitive: options.runner.platform === 'windows' });
  if (annotations.length > 0) {
    return { ...base, status: 'fail', reason: `${annotations.length} changed path${annotations.length === 1 ? ' is' : 's are'} outside the scope of work order ${workOrder.id}`, annotations };
  }
  const refused = options.refused;
  if (refused && refused.paths.length > 0) return refusedResult(base, refused, workOrder.id);
  return { ...base, status: 'pass', reason: `${changes.length} changed path${changes.length === 1 ? '' : 's'}, all inside the scope`, annotations };
}

/** The annotation title of a refused path in the `scope` gate. */
export const refusedAnnotationTitle = 'scope-refused';

function refusedResult(base: { id: string; kind: string; required: boolean; attempts: number }, refused: RefusedChanges, id: string): Omit<GateResult, 'durationMs'> {
  const kept = refused.patch ? `kept as a patch: ${refused.patch}` : 'not kept';
  // Titled `scope-refused`: the App tells a failure that is only refusals (which `/shopfloor accept-drop` releases) from a diff outside the scope.
  const annotations: Annotation[] = refused.paths.map((path) => ({ path, line: 1, level: 'error', title: refusedAnnotationTitle, message: `the agent changed "${path}" outside the scope of work order ${id}; the change was left out of the commit (${kept})` }));
  const what = `the agent changed ${refused.paths.length} path${refused.paths.length === 1 ? '' : 's'} outside the scope (${refused.paths.join(', ')}), left out of the commit and ${kept}`;
  const decided = refused.decision === 'hold' ? undefined : refused.decision === 'drop' ? 'dropped by the policy (scope.outside: drop)' : `dropped by decision${refused.decidedBy ? ` of ${refused.decidedBy}` : ''}`;
  return { ...base, required: base.required && !decided, status: 'fail', reason: decided ? `${what}; ${decided}` : `${what}; nobody decided to drop it`, annotations };
}
