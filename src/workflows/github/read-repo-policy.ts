import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { hasErrors } from '../../core/validation/finding.ts';
import type { Forge } from '../../ports/forge.ts';

/**
 * The repo policy from the default branch (never a PR head), or undefined when there is none or it is
 * invalid: callers then behave as without a policy, and intake reports the findings.
 */
export async function readRepoPolicy(forge: Forge, repo: string): Promise<Policy | undefined> {
  const file = await forge.readDefaultBranchFile(repo, policyPath);
  if (!file) return undefined;
  const checked = checkPolicyFile(file.text);
  return hasErrors(checked.findings) ? undefined : checked.policy;
}
