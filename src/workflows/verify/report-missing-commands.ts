import type { GateSpec } from '../../core/gates/gate-spec.ts';
import { policySchema } from '../../core/policy/policy-schema.ts';
import { formatFieldPath } from '../../core/validation/finding.ts';
import { validateYaml } from '../../core/validation/validate-yaml.ts';
import { workOrderSchema } from '../../core/workorder/work-order-schema.ts';
import { findMissingCommands } from './check-gate-commands.ts';
import { VerifyInputError, type VerifyChangeOptions } from './verify-types.ts';

/** Throws `VerifyInputError` naming each gate whose program is missing, at the file:line:col that declares it. */
export async function checkGateCommandsOrThrow(specs: readonly GateSpec[], workDir: string, options: VerifyChangeOptions): Promise<void> {
  const missing = await findMissingCommands(specs, workDir, options.locator, options.sourceEnv, options.runner.platform);
  if (missing.length === 0) return;
  const locators = new Map([
    [options.policyFile, validateYaml(options.policyText, options.policyFile, policySchema).locator],
    ...(options.workOrder ? [[options.workOrder.file, validateYaml(options.workOrder.text, options.workOrder.file, workOrderSchema).locator] as const] : []),
  ]);
  throw new VerifyInputError(missing.map(({ gate, program }) => {
    const origin = gate.origin;
    const at = origin ? locators.get(origin.file)?.valueAt(origin.path) : undefined;
    const where = origin ? `${origin.file}${at ? `:${at.line}:${at.column}` : ''} ${formatFieldPath(origin.path)}: ` : '';
    return `${where}gate "${gate.id}" runs "${program}", which is not installed or not on PATH; install it, fix the command, or list the variable it needs in the gate's env`;
  }));
}
