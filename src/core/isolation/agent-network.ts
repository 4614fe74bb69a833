import { describeAllowedNetwork } from './box-network.ts';
import type { Isolation } from './process-box.ts';

/** What an agent's box gets of the network, and the run-document words that say so. */
export interface AgentNetwork {
  readonly network: boolean;
  /** Set only where the runner enforces it (bubblewrap, through its allowlist proxy). */
  readonly allowHosts?: readonly string[];
  readonly description: string;
}

/**
 * Decides an agent's network from the runner's box, the policy's network switch for it
 * (`isolation.network.agents` for a CLI) and `agents.network.allow`: off when the switch is off; every
 * host without an allowlist; only the listed hosts in a bubblewrap box; every host, said plainly, where
 * the box cannot filter (the Windows box, no sandbox).
 */
export function planAgentNetwork(isolation: Isolation, networkOn: boolean, allow: readonly string[]): AgentNetwork {
  const unenforced = (why: string) => (allow.length > 0 ? `; agents.network.allow lists ${allow.join(', ')}, but ${why} (not enforced), and blocked connections cannot be listed` : '');
  if (isolation.mode === 'windows-job') return { network: true, description: `network: every host (the Windows box cannot turn it off)${unenforced('the Windows box cannot filter the network by host')}` };
  if (isolation.mode === 'none') return { network: true, description: `network: every host${unenforced('without a sandbox nothing filters the network')}` };
  if (!networkOn) return { network: false, description: `network: off${allow.length > 0 ? ` (isolation.network.agents is false, so agents.network.allow is not used)` : ''}` };
  if (allow.length === 0) return { network: true, description: 'network: every host' };
  return { network: true, allowHosts: allow, description: describeAllowedNetwork(allow) };
}
