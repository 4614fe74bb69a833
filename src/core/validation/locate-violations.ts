import type { RuleViolation } from './rule-violation.ts';
import { formatFieldPath, type Finding } from './finding.ts';
import type { YamlLocator } from './yaml-locator.ts';

/** Turns cross-field rule violations into findings with `line:col` from the file they came from. */
export function locateViolations(violations: readonly RuleViolation[], file: string, locator: YamlLocator | undefined): Finding[] {
  return violations.map((violation) => {
    const parent = violation.path.slice(0, -1);
    const last = violation.path[violation.path.length - 1];
    const at = !locator
      ? { line: 0, column: 0 }
      : violation.atKey && typeof last === 'string'
        ? locator.keyAt(parent, last)
        : locator.valueAt(violation.path);
    return { severity: violation.severity, file, ...at, path: formatFieldPath(violation.path), code: violation.code, message: violation.message };
  });
}
