import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { Finding } from '../../core/validation/finding.ts';
import { checkWorkOrderFile } from '../../core/workorder/check-work-order-file.ts';
import type { RepoFiles } from '../../ports/repo-files.ts';
import type { LoadedWorkOrder } from './verify-types.ts';

export type VerifyInputs =
  | { readonly ok: true; readonly policy: Policy; readonly policyText: string; readonly policyFile: string; readonly workOrder?: LoadedWorkOrder }
  | { readonly ok: false; readonly findings: readonly Finding[]; readonly message?: string };

/** The policy and (optionally) one work order, validated with file:line:col findings on any error. */
export async function loadVerifyInputs(files: RepoFiles, workOrderId?: string): Promise<VerifyInputs> {
  const policyText = await files.read(policyPath);
  if (policyText === undefined) return { ok: false, findings: [], message: `${policyPath} not found in ${files.root}; run \`shopfloor init\` to create a policy with gates` };
  const checked = checkPolicyFile(policyText, policyPath);
  const findings: Finding[] = [...checked.findings.filter((f) => f.severity === 'error')];
  let workOrder: LoadedWorkOrder | undefined;
  if (workOrderId !== undefined) {
    const candidates = [`workorders/${workOrderId}.yml`, `workorders/${workOrderId}.yaml`];
    let found = false;
    for (const file of candidates) {
      const text = await files.read(file);
      if (text === undefined) continue;
      found = true;
      const result = checkWorkOrderFile(text, file);
      findings.push(...result.findings.filter((f) => f.severity === 'error'));
      if (result.workOrder) workOrder = { value: result.workOrder, file, text };
      break;
    }
    if (!found) return { ok: false, findings, message: `work order "${workOrderId}" not found (looked for ${candidates.join(' and ')}); run \`shopfloor validate\` to list work orders` };
  }
  if (findings.length > 0 || !checked.policy) return { ok: false, findings };
  return { ok: true, policy: checked.policy, policyText, policyFile: policyPath, ...(workOrder ? { workOrder } : {}) };
}
