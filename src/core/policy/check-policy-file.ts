import type { Finding } from '../validation/finding.ts';
import { validateYaml } from '../validation/validate-yaml.ts';
import { checkPolicyRules } from './policy-rules.ts';
import { policySchema, type Policy } from './policy-schema.ts';

export const policyPath = '.github/shopfloor.yml';

/** Parse, schema and cross-field rules for `.github/shopfloor.yml`. */
export function checkPolicyFile(text: string, file: string = policyPath): { policy?: Policy; findings: readonly Finding[] } {
  const result = validateYaml(text, file, policySchema, checkPolicyRules);
  const valid = result.value && !result.findings.some((f) => f.severity === 'error');
  return { ...(valid ? { policy: result.value } : {}), findings: result.findings };
}
