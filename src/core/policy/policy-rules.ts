import { checkGlobInsideRepo } from '../glob/check-glob-inside-repo.ts';
import { findCycles, formatCycle } from '../graph/find-cycles.ts';
import { didYouMean } from '../validation/did-you-mean.ts';
import type { RuleViolation } from '../validation/rule-violation.ts';
import type { Policy } from './policy-schema.ts';

/** Rules of the repo policy that span fields: gate references, cycles, unique ids, globs inside the repo. */
export function checkPolicyRules(policy: Policy): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const error = (path: RuleViolation['path'], code: string, message: string) => violations.push({ path, code, message, severity: 'error' });

  const gateIds = policy.gates.map((gate) => gate.id);
  const firstIndex = new Map<string, number>();
  policy.gates.forEach((gate, index) => {
    if (firstIndex.has(gate.id)) error(['gates', index, 'id'], 'duplicate-gate', `gate "${gate.id}" is already declared at gates[${firstIndex.get(gate.id)}]; give each gate its own id`);
    else firstIndex.set(gate.id, index);
    (gate.needs ?? []).forEach((need, needIndex) => {
      if (gateIds.includes(need)) return;
      const suggestion = didYouMean(need, gateIds);
      error(['gates', index, 'needs', needIndex], 'unknown-gate', `gate "${need}" is not declared${suggestion ? `; did you mean "${suggestion}"?` : `; declare it under gates or remove it from needs`}`);
    });
    (gate.cache ?? []).forEach((glob, globIndex) => {
      const problem = checkGlobInsideRepo(glob);
      if (problem) error(['gates', index, 'cache', globIndex], 'glob-escapes', problem);
    });
  });
  const needsOf = (id: string) => policy.gates.find((gate) => gate.id === id)?.needs ?? [];
  for (const cycle of findCycles(gateIds, needsOf)) {
    const index = firstIndex.get(cycle[0]!) ?? 0;
    error(['gates', index, 'needs'], 'gate-cycle', `gates depend on each other in a cycle: ${formatCycle(cycle)}; remove one of these needs`);
  }

  const flowIndex = new Map<string, number>();
  (policy.canary?.flows ?? []).forEach((flow, index) => {
    if (flowIndex.has(flow.id)) error(['canary', 'flows', index, 'id'], 'duplicate-flow', `flow "${flow.id}" is already declared; give each flow its own id`);
    flowIndex.set(flow.id, index);
  });

  (policy.merge.requiredGates ?? []).forEach((id, index) => {
    if (!gateIds.includes(id) && !id.startsWith('acceptance:') && !(builtinGateIds as readonly string[]).includes(id)) {
      error(['merge', 'requiredGates', index], 'unknown-gate', `gate "${id}" is not declared; declare it under gates or use a built-in gate (${builtinGateIds.join(', ')})`);
    }
  });
  const globLists: [RuleViolation['path'], readonly string[]][] = [
    ...(policy.merge.approvals ?? []).map((rule, i) => [['merge', 'approvals', i, 'paths'], rule.paths] as [RuleViolation['path'], readonly string[]]),
    [['merge', 'dangerous', 'paths'], policy.merge.dangerous?.paths ?? []],
  ];
  for (const [path, globs] of globLists) {
    globs.forEach((glob, index) => {
      const problem = checkGlobInsideRepo(glob);
      if (problem) error([...path, index], 'glob-escapes', problem);
    });
  }
  const providers = Object.keys(policy.agents?.providers ?? {});
  if (policy.agents?.defaultProvider && !providers.includes(policy.agents.defaultProvider)) {
    error(['agents', 'defaultProvider'], 'unknown-provider', `provider "${policy.agents.defaultProvider}" is not declared under agents.providers; declare it or pick one of: ${providers.join(', ') || '(none declared)'}`);
  }
  for (const [name, profile] of Object.entries(policy.agents?.profiles ?? {})) {
    const provider = policy.agents?.providers?.[profile.provider];
    if (!provider) {
      const suggestion = didYouMean(profile.provider, providers);
      error(['agents', 'profiles', name, 'provider'], 'unknown-provider', `profile "${name}" names provider "${profile.provider}", which is not declared under agents.providers; ${suggestion ? `did you mean "${suggestion}"?` : `declare it or pick one of: ${providers.join(', ') || '(none declared)'}`}`);
    } else if (profile.model && provider.type !== 'openai' && !('preset' in provider)) {
      error(['agents', 'profiles', name, 'model'], 'model-not-applicable', `profile "${name}" overrides the model, but provider "${profile.provider}" is of type "${provider.type}", which has no model; remove model or use an openai provider or a preset`);
    }
  }
  const keyIds = new Set<string>();
  (policy.signers ?? []).forEach((signer, index) => {
    if (keyIds.has(signer.keyId)) error(['signers', index, 'keyId'], 'duplicate-signer', `key id "${signer.keyId}" is listed twice; list each signer once`);
    keyIds.add(signer.keyId);
  });
  return violations;
}

/** Gates Shopfloor itself provides; they may be required by name without being declared. */
export const builtinGateIds = ['scope', 'dependencies', 'secrets', 'test-first', 'golden'] as const;
