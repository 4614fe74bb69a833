import type { GateResult } from '../gates/gate-spec.ts';

export interface VerdictPolicy {
  /** Gate ids that must pass; defaults to every gate marked required. */
  readonly requiredGates?: readonly string[];
  readonly allowFlaky: boolean;
  /** Built-in ids that stand for a group of gates, e.g. `golden` for every gate with a golden file. */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Whether the change passed: every required gate ended `pass` or `cached` (or `flaky` when the policy
 * allows it), and a required gate that was named but never ran counts as missing. With `--gates`
 * (`selected`) only the gates that ran are judged and the verdict is marked incomplete: it can never
 * satisfy a merge policy.
 */
export function decideVerdict(gates: readonly GateResult[], policy: VerdictPolicy, selected: boolean): { passed: boolean; reasons: string[]; complete: boolean } {
  const reasons: string[] = [];
  const byId = new Map(gates.map((gate) => [gate.id, gate]));
  const named = policy.requiredGates ? [...policy.requiredGates] : gates.filter((gate) => gate.required).map((gate) => gate.id);
  const required: string[] = [];
  for (const id of named) {
    const members = byId.has(id) ? undefined : policy.groups?.[id];
    if (members === undefined) required.push(id);
    else if (members.length > 0) required.push(...members);
    else if (!selected) reasons.push(`required gate "${id}" has nothing to check: no gate declares it (e.g. a gate with a golden file)`);
  }
  for (const id of [...new Set(required)]) {
    const gate = byId.get(id);
    if (!gate) {
      if (!selected) reasons.push(`required gate "${id}" did not run`);
      continue;
    }
    if (gate.status === 'pass' || gate.status === 'cached') continue;
    if (gate.status === 'flaky') {
      if (!policy.allowFlaky) reasons.push(`required gate "${id}" is flaky (${gate.reason ?? 'failed, then passed'}) and the policy does not allow flaky gates (merge.allowFlaky)`);
      continue;
    }
    reasons.push(`required gate "${id}" ${gate.status === 'skipped' ? 'was skipped' : `ended ${gate.status}`}${gate.reason ? `: ${gate.reason}` : ''}`);
  }
  return { passed: reasons.length === 0, reasons, complete: !selected };
}
