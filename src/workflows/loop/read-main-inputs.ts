import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { Finding } from '../../core/validation/finding.ts';
import { checkWorkOrderFile } from '../../core/workorder/check-work-order-file.ts';
import type { Git } from '../../ports/git.ts';
import type { LoadedWorkOrder } from '../verify/verify-types.ts';

export type MainInputs =
  | { readonly ok: true; readonly policy: Policy; readonly policyText: string; readonly workOrders: readonly LoadedWorkOrder[]; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[]; readonly message: string };

/**
 * The policy and work orders as committed on `rev` (main), not as the user's checkout has them: the
 * loop acts on what is merged, and a bug work order a revert committed shows up at once. Invalid work
 * orders are skipped with their findings; an invalid policy stops the run.
 */
export async function readMainInputs(git: Git, repoDir: string, rev: string): Promise<MainInputs> {
  const policyText = await git.show(repoDir, rev, policyPath);
  if (policyText === undefined) return { ok: false, findings: [], message: `${policyPath} is not committed on ${rev}; run \`shopfloor init\`, commit the policy, then run again` };
  const checked = checkPolicyFile(policyText, policyPath);
  const findings: Finding[] = [...checked.findings.filter((f) => f.severity === 'error')];
  if (!checked.policy || findings.length > 0) return { ok: false, findings, message: `fix ${policyPath} on ${rev} (\`shopfloor validate\`), commit it, then run again` };
  const listing = await git.raw(repoDir, ['ls-tree', '-r', '--name-only', rev, '--', 'workorders/']);
  const workOrders: LoadedWorkOrder[] = [];
  for (const file of listing.stdout.split('\n').filter((name) => /^workorders\/[^/]+\.ya?ml$/.test(name))) {
    const text = (await git.show(repoDir, rev, file)) ?? '';
    const result = checkWorkOrderFile(text, file);
    findings.push(...result.findings.filter((f) => f.severity === 'error'));
    if (result.workOrder) workOrders.push({ value: result.workOrder, file, text });
  }
  return { ok: true, policy: checked.policy, policyText, workOrders, findings };
}
