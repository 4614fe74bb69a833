import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { policySchema } from '../../core/policy/policy-schema.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import { UsageError } from './cli-io.ts';

/** The repo policy, or the defaults when the repository has none; an invalid policy is bad input. */
export async function loadPolicy(root: string): Promise<Policy> {
  const files = createNodeRepoFiles(root);
  if ((await files.kind(policyPath)) !== 'file') return policySchema.parse({ apiVersion: 'shopfloor/v1' });
  const result = await validateRepo(files, [policyPath]);
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (!result.policy || errors.length > 0) throw new UsageError(`the repo policy is invalid; fix it (shopfloor validate ${policyPath}):\n${errors.map(formatFinding).join('\n')}`);
  return result.policy;
}
