import { workOrderIdPattern } from '../workorder/work-order-schema.ts';

/** `agent/<work-order-id>/<shortid>`: the only branch names Shopfloor creates for agents. */
export const agentBranchPattern = /^agent\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\/([0-9a-f]{8})$/;

/**
 * The agent branch for one attempt at a work order. `digestHex` is a hex digest of whatever makes the
 * attempt unique (work-order id, base SHA, attempt number); the caller hashes, so this stays pure.
 */
export function agentBranchName(workOrderId: string, digestHex: string): string {
  if (!workOrderIdPattern.test(workOrderId)) throw new Error(`work-order id "${workOrderId}" cannot name a branch`);
  const shortId = digestHex.toLowerCase().slice(0, 8);
  if (!/^[0-9a-f]{8}$/.test(shortId)) throw new Error('agent branch short id needs at least 8 hex digits');
  return `agent/${workOrderId}/${shortId}`;
}

/** The work-order id and short id of an agent branch, or undefined for any other name. */
export function parseAgentBranch(name: string): { workOrderId: string; shortId: string } | undefined {
  const match = agentBranchPattern.exec(name.replace(/^refs\/heads\//, ''));
  return match ? { workOrderId: match[1]!, shortId: match[2]! } : undefined;
}

/** The run id of an agent branch's attempt: `<work-order-id>-<shortid>`, as intake names it. */
export function runIdOf(agent: { readonly workOrderId: string; readonly shortId: string }): string {
  return `${agent.workOrderId}-${agent.shortId}`;
}
