import type { WorkOrder } from '../workorder/work-order-schema.ts';
import { workOrderFormFields, type WorkOrderFormField } from './work-order-form.ts';
import { renderProvenanceMarker } from './work-order-provenance-marker.ts';

const label = (id: WorkOrderFormField) => workOrderFormFields.find((field) => field.id === id)!.label;

/**
 * A work order as the body of a submitted `workorder.yml` issue form (`### <label>` sections), so intake
 * reads it back field for field when the issue gets the `shopfloor` label. `extra` sections (evidence)
 * use headings the form does not know, which intake skips. What the form has no field for (`repro`,
 * `provenance.revertOf`) goes in a hidden marker line before the first section (see `readProvenanceMarker`).
 */
export function renderWorkOrderIssue(workOrder: WorkOrder, extra: readonly { readonly heading: string; readonly lines: readonly string[] }[] = []): string {
  const section = (heading: string, text: string) => [`### ${heading}`, '', text, ''];
  const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');
  const commands = (workOrder.acceptance.commands ?? []).map((command) => `${command.name}: ${command.run}`).join('\n');
  const marker = renderProvenanceMarker(workOrder);
  return [
    ...(marker ? [marker, ''] : []),
    ...section(label('goal'), workOrder.goal),
    ...section(label('kind'), workOrder.kind),
    ...section(label('scope'), list(workOrder.scope.paths)),
    ...(workOrder.scope.forbidden?.length ? section(label('forbidden'), list(workOrder.scope.forbidden)) : []),
    ...(commands ? section(label('commands'), commands) : []),
    ...(workOrder.acceptance.criteria?.length ? section(label('criteria'), list(workOrder.acceptance.criteria)) : []),
    ...section(label('risk'), workOrder.risk),
    ...section(label('priority'), workOrder.priority),
    ...(workOrder.rollback ? section(label('rollback'), workOrder.rollback) : []),
    ...extra.flatMap((block) => section(block.heading, block.lines.join('\n'))),
  ].join('\n');
}
