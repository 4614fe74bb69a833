import type { BuiltinGate, GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { runDependenciesGate } from './dependencies-gate.ts';
import { runScopeGate } from './scope-gate.ts';
import { runSecretsGate } from './secrets-gate.ts';
import { runTestFirstGate } from './test-first-gate.ts';
import type { GateContext } from './verify-types.ts';

/** The built-in gates by id: policy checks that end up in the signed report like any command. */
export const builtinGates: Readonly<Record<BuiltinGate, (spec: GateSpec, context: GateContext) => Promise<Omit<GateResult, 'durationMs'>>>> = {
  scope: runScopeGate,
  dependencies: runDependenciesGate,
  secrets: runSecretsGate,
  'test-first': runTestFirstGate,
};

export function runBuiltinGate(spec: GateSpec, context: GateContext): Promise<Omit<GateResult, 'durationMs'>> {
  return builtinGates[spec.builtin!](spec, context);
}
