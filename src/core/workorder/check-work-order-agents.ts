import type { AgentsPolicy } from '../policy/agents-schema.ts';
import { didYouMean } from '../validation/did-you-mean.ts';
import type { Finding } from '../validation/finding.ts';
import { locateViolations } from '../validation/locate-violations.ts';
import type { RuleViolation } from '../validation/rule-violation.ts';
import type { CheckedWorkOrder } from './check-work-order-file.ts';

/**
 * A work order's `agent.provider` and `agent.profile` must name entries of the policy's `agents.providers`
 * and `agents.profiles`. Warnings, not errors: the work order itself is well-formed, the policy may be
 * completed later (or `implement --provider` chosen), and `implement` refuses the unknown name anyway.
 */
export function checkWorkOrderAgents(checked: readonly CheckedWorkOrder[], agents: AgentsPolicy): Finding[] {
  const providers = Object.keys(agents.providers ?? {});
  const profiles = Object.keys(agents.profiles ?? {});
  return checked.flatMap((item) => {
    const agent = item.workOrder?.agent ?? item.agent;
    const violations: RuleViolation[] = [];
    const unknown = (field: 'provider' | 'profile', name: string, known: readonly string[]) => {
      const suggestion = didYouMean(name, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : known.length ? `use one of: ${known.join(', ')}` : `declare it under agents.${field}s in .github/shopfloor.yml`;
      violations.push({ path: ['agent', field], severity: 'warning', code: `unknown-agent-${field}`, message: `${field} "${name}" is not declared under agents.${field}s of the repo policy; ${hint}` });
    };
    if (agent?.provider && !providers.includes(agent.provider)) unknown('provider', agent.provider, providers);
    if (agent?.profile && !profiles.includes(agent.profile)) unknown('profile', agent.profile, profiles);
    return locateViolations(violations, item.file, item.locator);
  });
}
