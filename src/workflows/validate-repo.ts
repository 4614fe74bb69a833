import { checkPolicyFile, policyPath } from '../core/policy/check-policy-file.ts';
import type { Policy } from '../core/policy/policy-schema.ts';
import { sortFindings, type Finding } from '../core/validation/finding.ts';
import { checkWorkOrderAgents } from '../core/workorder/check-work-order-agents.ts';
import { checkWorkOrderFile, type CheckedWorkOrder } from '../core/workorder/check-work-order-file.ts';
import { checkWorkOrderSet } from '../core/workorder/check-work-order-set.ts';
import type { WorkOrder } from '../core/workorder/work-order-schema.ts';
import { RepoFileError, type RepoFiles } from '../ports/repo-files.ts';

export const workOrdersDirectory = 'workorders';
const isWorkOrderFile = (name: string) => /\.ya?ml$/.test(name);

export interface RepoValidation {
  readonly findings: readonly Finding[];
  readonly filesChecked: readonly string[];
  readonly workOrders: readonly WorkOrder[];
  readonly policy?: Policy;
}

/** Thrown when a path the user named does not exist; the CLI turns it into exit 2. */
export class MissingPathError extends Error {
  override readonly name = 'MissingPathError';
  constructor(readonly path: string, problem = 'does not exist') {
    super(`"${path}" ${problem}; name a work-order file, a directory of them, or ${policyPath}`);
  }
}

/**
 * Validates work orders and the repo policy. With no targets it checks `workorders/*.yml` and
 * `.github/shopfloor.yml`. Cross-file rules (unique ids, known dependencies, cycles) always see every
 * work order of the repository, so checking one file still catches a dangling dependency. With the policy
 * in hand, a work order's `agent.provider` / `agent.profile` that the policy does not declare is a warning.
 */
export async function validateRepo(files: RepoFiles, targets: readonly string[] = []): Promise<RepoValidation> {
  const { workOrderFiles, policyFiles } = await resolveTargets(files, targets);
  const allFiles = [...new Set([...(await listWorkOrderFiles(files, workOrdersDirectory)), ...workOrderFiles])];
  const unreadable: Finding[] = [];
  const readable = async (file: string): Promise<string | undefined> => {
    try {
      return (await files.read(file)) ?? '';
    } catch (error) {
      if (!(error instanceof RepoFileError)) throw error;
      unreadable.push({ severity: 'error', file, line: 1, column: 1, path: '', code: 'unreadable', message: `not read: it ${error.reason}` });
      return undefined;
    }
  };
  const texts = await Promise.all(allFiles.map(async (file) => ({ file, text: await readable(file) })));
  const checked = texts.filter((t) => t.text !== undefined).map((t) => checkWorkOrderFile(t.text!, t.file));
  const reported = new Set(workOrderFiles);
  const findings: Finding[] = [
    ...unreadable.filter((f) => reported.has(f.file)),
    ...checked.filter((c) => reported.has(c.file)).flatMap((c) => c.findings),
    ...checkWorkOrderSet(checked).filter((f) => reported.has(f.file)),
  ];
  let policy: Policy | undefined;
  for (const file of policyFiles) {
    const text = await readable(file);
    if (text === undefined) {
      findings.push(...unreadable.filter((f) => f.file === file));
      continue;
    }
    const result = checkPolicyFile(text, file);
    findings.push(...result.findings);
    policy ??= result.policy;
  }
  // Checking only work-order files still cross-checks them against the repo policy, without reporting on it.
  const agentsPolicy = policy ?? (policyFiles.length === 0 && (await files.kind(policyPath)) === 'file' ? checkPolicyFile((await files.read(policyPath).catch(() => undefined)) ?? '', policyPath).policy : undefined);
  if (agentsPolicy) findings.push(...checkWorkOrderAgents(checked.filter((c) => reported.has(c.file)), agentsPolicy.agents ?? {}));
  return {
    findings: sortFindings(findings),
    filesChecked: [...workOrderFiles, ...policyFiles],
    workOrders: validWorkOrders(checked),
    ...(policy ? { policy } : {}),
  };
}

async function resolveTargets(files: RepoFiles, targets: readonly string[]): Promise<{ workOrderFiles: string[]; policyFiles: string[] }> {
  if (targets.length === 0) {
    const policyFiles = (await files.kind(policyPath)) === 'file' ? [policyPath] : [];
    return { workOrderFiles: await listWorkOrderFiles(files, workOrdersDirectory), policyFiles };
  }
  const workOrderFiles: string[] = [];
  const policyFiles: string[] = [];
  for (const target of targets) {
    const kind = await files.kind(target);
    if (!kind) throw new MissingPathError(target);
    if (kind === 'directory') {
      const listed = await listWorkOrderFiles(files, target);
      if (listed.length === 0 && isWorkOrderFile(target)) throw new MissingPathError(target, 'is a directory, not a work-order file');
      workOrderFiles.push(...listed);
    }
    else if (target === policyPath || target.endsWith('/shopfloor.yml') || target === 'shopfloor.yml') policyFiles.push(target);
    else workOrderFiles.push(target);
  }
  return { workOrderFiles, policyFiles };
}

async function listWorkOrderFiles(files: RepoFiles, directory: string): Promise<string[]> {
  const prefix = directory === '.' || directory === '' ? '' : `${directory.replace(/\/+$/, '')}/`;
  return (await files.list(directory)).filter(isWorkOrderFile).map((name) => `${prefix}${name}`);
}

function validWorkOrders(checked: readonly CheckedWorkOrder[]): WorkOrder[] {
  return checked.filter((c) => c.workOrder && !c.findings.some((f) => f.severity === 'error')).map((c) => c.workOrder!);
}
