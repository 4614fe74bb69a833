import { isCredentialName } from '../env/build-environment.ts';
import { checkGlobInsideRepo } from '../glob/check-glob-inside-repo.ts';
import type { FieldPath } from '../validation/finding.ts';
import type { RuleViolation } from '../validation/rule-violation.ts';

export type { RuleViolation };
import type { WorkOrder } from './work-order-schema.ts';

/**
 * Rules that need more than one field of a single work order. The file name comes in as `fileId`. It
 * also runs on the fields of a work order whose other fields failed the schema (so every problem shows
 * in one pass), hence the optional chaining: a missing field is the schema's finding, not a crash here.
 */
export function checkWorkOrderRules(workOrder: WorkOrder, fileId: string | undefined): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const error = (path: FieldPath, code: string, message: string) => violations.push({ path, code, message, severity: 'error' });
  const warn = (path: FieldPath, code: string, message: string) => violations.push({ path, code, message, severity: 'warning' });

  if (fileId !== undefined && workOrder.id !== undefined && fileId !== workOrder.id) {
    error(['id'], 'id-file-mismatch', `"${workOrder.id}" does not match the file name "${fileId}.yml"; rename the file to "${workOrder.id}.yml" or change the id`);
  }
  for (const field of ['paths', 'forbidden'] as const) {
    (workOrder.scope?.[field] ?? []).forEach((glob, index) => {
      const problem = checkGlobInsideRepo(glob);
      if (problem) error(['scope', field, index], 'scope-escapes', problem);
    });
  }
  const commands = workOrder.acceptance?.commands ?? [];
  if (workOrder.acceptance && commands.length === 0 && (workOrder.acceptance.criteria ?? []).length === 0) {
    error(['acceptance'], 'no-acceptance', 'has no commands and no criteria; add at least one command that proves the work is done');
  }
  const seen = new Set<string>();
  commands.forEach((command, index) => {
    if (seen.has(command.name)) error(['acceptance', 'commands', index, 'name'], 'duplicate-command', `"${command.name}" is used twice; give each acceptance command its own name`);
    seen.add(command.name);
    (command.env ?? []).forEach((name, envIndex) => {
      // A work order can come from an issue; only the policy (read from the default branch) may hand out a credential.
      if (isCredentialName(name)) error(['acceptance', 'commands', index, 'env', envIndex], 'credential-env', `"${name}" looks like a credential, which a work order cannot pass to a command; name it in a gate's env in .github/shopfloor.yml instead`);
    });
  });
  (workOrder.dependencies ?? []).forEach((dependency, index) => {
    if (dependency === workOrder.id) error(['dependencies', index], 'self-dependency', `"${dependency}" is this work order itself; remove it`);
  });
  (workOrder.performance ?? []).forEach((budget, index) => {
    if (budget.max === undefined && budget.min === undefined) error(['performance', index], 'no-bound', `metric "${budget.metric}" has no bound; add "max" or "min"`);
  });
  if ((workOrder.kind === 'bugfix' || workOrder.kind === 'revert') && commands.length === 0) {
    warn(['acceptance'], 'no-regression-test', `a ${workOrder.kind} should prove itself with an acceptance command (a regression test that fails before the fix)`);
  }
  if (workOrder.kind === 'bugfix' && !workOrder.repro) warn(['kind'], 'no-repro', 'a bugfix should have "repro": a command that reproduces the bug');
  return violations;
}
