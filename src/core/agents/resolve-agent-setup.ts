import type { AgentsPolicy } from '../policy/agents-schema.ts';
import { didYouMean } from '../validation/did-you-mean.ts';
import type { WorkOrder } from '../workorder/work-order-schema.ts';

/** What one implementer run uses after the work order's `agent.profile` is applied to the policy. */
export interface AgentSetup {
  /** The provider name from `agents.providers`: the work order's, else its profile's, else `agents.defaultProvider`. */
  readonly providerName?: string;
  readonly profileName?: string;
  /** The profile's model override (openai providers). */
  readonly model?: string;
  /** The work order's budget over the profile's defaults: a field the work order sets wins. */
  readonly budget?: WorkOrder['budget'];
  /** The policy with the profile's extra command prefixes and environment names added. */
  readonly agents: AgentsPolicy;
}

export type AgentSetupResult = { readonly ok: true; readonly value: AgentSetup } | { readonly ok: false; readonly error: string };

/**
 * Resolves a work order's `agent.profile` and `agent.provider` against `agents.profiles` and
 * `agents.providers`. An unknown name, or a provider that contradicts the profile's, is an error: the
 * run would otherwise use a setup nobody asked for.
 */
export function resolveAgentSetup(workOrder: WorkOrder, agents: AgentsPolicy): AgentSetupResult {
  const profileName = workOrder.agent?.profile;
  const profiles = agents.profiles ?? {};
  const profile = profileName ? profiles[profileName] : undefined;
  if (profileName && !profile) {
    const known = Object.keys(profiles);
    const suggestion = didYouMean(profileName, known);
    return { ok: false, error: `${workOrder.id} asks for agent profile "${profileName}", which .github/shopfloor.yml does not declare under agents.profiles; ${suggestion ? `did you mean "${suggestion}"?` : known.length ? `use one of: ${known.join(', ')}` : 'declare it there'}` };
  }
  const ownProvider = workOrder.agent?.provider;
  if (profile && ownProvider && ownProvider !== profile.provider) {
    return { ok: false, error: `${workOrder.id} names provider "${ownProvider}" but its profile "${profileName}" uses "${profile.provider}"; drop agent.provider or pick a profile for that provider` };
  }
  const providerName = ownProvider ?? profile?.provider ?? agents.defaultProvider;
  const providers = Object.keys(agents.providers ?? {});
  if (ownProvider && !providers.includes(ownProvider)) {
    const suggestion = didYouMean(ownProvider, providers);
    return { ok: false, error: `${workOrder.id} asks for provider "${ownProvider}", which .github/shopfloor.yml does not declare under agents.providers; ${suggestion ? `did you mean "${suggestion}"?` : 'declare it there, or pass --provider'}` };
  }
  const budget = profile?.budget || workOrder.budget ? { ...profile?.budget, ...workOrder.budget } : undefined;
  const commands = [...(agents.commands ?? []), ...(profile?.commands ?? [])];
  const env = [...new Set([...(agents.env ?? []), ...(profile?.env ?? [])])];
  return {
    ok: true,
    value: {
      ...(providerName ? { providerName } : {}),
      ...(profileName ? { profileName } : {}),
      ...(profile?.model ? { model: profile.model } : {}),
      ...(budget ? { budget } : {}),
      agents: { ...agents, ...(commands.length ? { commands } : {}), ...(env.length ? { env } : {}) },
    },
  };
}
