import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { sortFindings, type Finding } from '../../core/validation/finding.ts';
import { checkWorkOrderFile, type CheckedWorkOrder } from '../../core/workorder/check-work-order-file.ts';
import { checkWorkOrderSet } from '../../core/workorder/check-work-order-set.ts';
import type { Git } from '../../ports/git.ts';
import type { LoadedWorkOrder } from '../verify/verify-types.ts';

export type MainInputs =
  | { readonly ok: true; readonly policy: Policy; readonly policyText: string; readonly workOrders: readonly LoadedWorkOrder[]; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[]; readonly message: string };

/**
 * The policy and work orders as committed on `rev` (main), not as the user's checkout has them: the
 * loop acts on what is merged, and a bug work order a revert committed shows up at once. Invalid work
 * orders are left out and their findings returned (the CLI refuses to start on them); an invalid
 * policy stops the run.
 */
export async function readMainInputs(git: Git, repoDir: string, rev: string): Promise<MainInputs> {
  const policyText = await git.show(repoDir, rev, policyPath);
  if (policyText === undefined) return { ok: false, findings: [], message: `${policyPath} is not committed on ${rev}; run \`shopfloor init\`, commit the policy, then run again` };
  const checkedPolicy = checkPolicyFile(policyText, policyPath);
  const findings: Finding[] = [...checkedPolicy.findings.filter((f) => f.severity === 'error')];
  if (!checkedPolicy.policy || findings.length > 0) return { ok: false, findings, message: `fix ${policyPath} on ${rev} (\`shopfloor validate\`), commit it, then run again` };
  const read = await readMainWorkOrders(git, repoDir, rev);
  findings.push(...read.findings);
  const { workOrders } = read;
  return { ok: true, policy: checkedPolicy.policy, policyText, workOrders, findings };
}

/**
 * The work orders committed on `rev`: the valid ones with their text, and every error `shopfloor
 * validate` would report for them (each file, then the rules across files).
 */
export async function readMainWorkOrders(git: Git, repoDir: string, rev: string): Promise<{ readonly workOrders: readonly LoadedWorkOrder[]; readonly findings: readonly Finding[] }> {
  const listing = await git.raw(repoDir, ['ls-tree', '-r', '--name-only', rev, '--', 'workorders/']);
  const workOrders: LoadedWorkOrder[] = [];
  const checked: CheckedWorkOrder[] = [];
  for (const file of listing.stdout.split('\n').filter((name) => /^workorders\/[^/]+\.ya?ml$/.test(name))) {
    const text = (await git.show(repoDir, rev, file)) ?? '';
    const result = checkWorkOrderFile(text, file);
    checked.push(result);
    if (result.workOrder) workOrders.push({ value: result.workOrder, file, text });
  }
  const findings = sortFindings([...checked.flatMap((c) => c.findings), ...checkWorkOrderSet(checked)]).filter((f) => f.severity === 'error');
  return { workOrders, findings };
}
