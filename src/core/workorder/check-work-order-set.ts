import { findCycles, formatCycle } from '../graph/find-cycles.ts';
import { didYouMean } from '../validation/did-you-mean.ts';
import type { Finding } from '../validation/finding.ts';
import { locateViolations } from '../validation/locate-violations.ts';
import type { CheckedWorkOrder } from './check-work-order-file.ts';

/** Rules across all work orders of a repository: unique ids, known dependencies, no dependency cycles. */
export function checkWorkOrderSet(checked: readonly CheckedWorkOrder[]): Finding[] {
  const findings: Finding[] = [];
  const firstFile = new Map<string, string>();
  for (const item of checked) {
    if (item.id === undefined) continue;
    const earlier = firstFile.get(item.id);
    if (earlier) {
      findings.push(...locateViolations([{ path: ['id'], severity: 'error', code: 'duplicate-id', message: `"${item.id}" is also the id of ${earlier}; ids must be unique across workorders/` }], item.file, item.locator));
    } else {
      firstFile.set(item.id, item.file);
    }
  }
  const ids = [...firstFile.keys()];
  for (const item of checked) {
    item.dependencies.forEach((dependency, index) => {
      if (firstFile.has(dependency) || dependency === item.id) return;
      const suggestion = didYouMean(dependency, ids);
      const hint = suggestion ? `did you mean "${suggestion}"?` : 'create it with `shopfloor new` or remove the dependency';
      findings.push(...locateViolations([{ path: ['dependencies', index], severity: 'error', code: 'unknown-dependency', message: `work order "${dependency}" does not exist; ${hint}` }], item.file, item.locator));
    });
  }
  const byId = new Map<string, CheckedWorkOrder>();
  for (const item of checked) if (item.id !== undefined && !byId.has(item.id)) byId.set(item.id, item);
  for (const cycle of findCycles(ids, (id) => byId.get(id)?.dependencies ?? [])) {
    const first = byId.get(cycle[0]!)!;
    const index = first.dependencies.indexOf(cycle[1]!);
    findings.push(...locateViolations([{ path: ['dependencies', Math.max(index, 0)], severity: 'error', code: 'dependency-cycle', message: `dependency cycle: ${formatCycle(cycle)}; remove one of these dependencies` }], first.file, first.locator));
  }
  return findings;
}
