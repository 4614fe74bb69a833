import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import { policySchema, type Policy } from '../../core/policy/policy-schema.ts';
import { formatFinding, hasErrors } from '../../core/validation/finding.ts';
import type { Forge } from '../../ports/forge.ts';

export type LoadedPolicy = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly message: string };

/**
 * `.github/shopfloor.yml` from the default branch only (never a PR head), or the built-in defaults when
 * the file is absent. An invalid file is an error to report, not a reason to act on defaults.
 */
export async function loadDefaultBranchPolicy(forge: Forge, repo: string): Promise<LoadedPolicy> {
  const file = await forge.readDefaultBranchFile(repo, policyPath);
  if (!file) return { ok: true, policy: policySchema.parse({ apiVersion: 'shopfloor/v1' }) };
  const checked = checkPolicyFile(file.text);
  if (!checked.policy || hasErrors(checked.findings)) {
    const first = checked.findings.filter((f) => f.severity === 'error').slice(0, 3).map(formatFinding).join('; ');
    return { ok: false, message: `${policyPath} on ${file.ref} is invalid (${first}); fix it on the default branch` };
  }
  return { ok: true, policy: checked.policy };
}
