import { checkScope } from '../../core/gates/check-scope.ts';
import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import type { GateContext } from './verify-types.ts';

/** Built-in `scope`: the diff against the base stays inside the work order's scope and outside its forbidden globs. */
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
  return annotations.length > 0
    ? { ...base, status: 'fail', reason: `${annotations.length} changed path${annotations.length === 1 ? ' is' : 's are'} outside the scope of work order ${workOrder.id}`, annotations }
    : { ...base, status: 'pass', reason: `${changes.length} changed path${changes.length === 1 ? '' : 's'}, all inside the scope`, annotations };
}
