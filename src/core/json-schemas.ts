import { z } from 'zod';
import { policySchema } from './policy/policy-schema.ts';
import { workOrderSchema } from './workorder/work-order-schema.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth) and written to
 * `workorders/schema.json` and `.github/shopfloor.schema.json`; a snapshot test keeps them fresh.
 */
export function workOrderJsonSchema(): Record<string, unknown> {
  return withId(z.toJSONSchema(workOrderSchema, { io: 'input', target: 'draft-2020-12' }), 'https://shopfloor.invalid/schemas/work-order.v1.json');
}

export function policyJsonSchema(): Record<string, unknown> {
  return withId(z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12' }), 'https://shopfloor.invalid/schemas/policy.v1.json');
}

function withId(schema: Record<string, unknown>, id: string): Record<string, unknown> {
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, ...rest };
}

/** Stable text for a JSON Schema file: two-space indent and a trailing newline. */
export function renderJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
