import { z } from 'zod';
import { workOrderIdSchema, workOrderSchema } from '../workorder/work-order-schema.ts';

/** Structured outputs per role: what the model must return, validated before anything acts on it. */
export const coordinatorOutputSchema = z.object({
  rationale: z.string().min(1),
  // Loose here, strict below: each work order is validated with the real schema to report every problem.
  workOrders: z.array(z.record(z.string(), z.unknown())).min(1).max(20),
});

export const architectOutputSchema = z.object({
  workOrderId: workOrderIdSchema,
  types: z.array(z.object({ name: z.string().min(1), definition: z.string().min(1) })),
  invariants: z.array(z.string().min(1)),
  files: z.array(z.object({ path: z.string().min(1), purpose: z.string().min(1) })).min(1),
});

export const implementerOutputSchema = z.object({ summary: z.string().min(1) });

/** The verifier's model review is advisory: the schema has no field that could pass or fail a gate. */
export const verifierOutputSchema = z.object({
  advisory: z.literal(true),
  assessment: z.enum(['looks-good', 'concerns']),
  notes: z.array(z.string()),
});

export const triageOutputSchema = z.object({
  diagnosis: z.string().min(1),
  suspectedCommit: z.string().regex(/^[0-9a-f]{7,64}$/).optional(),
  bugWorkOrder: z.record(z.string(), z.unknown()),
});

export type ArchitectContract = z.output<typeof architectOutputSchema>;
export type VerifierReview = z.output<typeof verifierOutputSchema>;

export type WorkOrdersResult = { readonly ok: true; readonly workOrders: readonly z.output<typeof workOrderSchema>[] } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Validates work orders a model proposed: each against the work-order schema, ids unique, dependencies
 * naming either a proposed or an existing work order.
 */
export function validateProposedWorkOrders(candidates: readonly unknown[], existingIds: readonly string[] = []): WorkOrdersResult {
  const errors: string[] = [];
  const valid: z.output<typeof workOrderSchema>[] = [];
  candidates.forEach((candidate, index) => {
    const parsed = workOrderSchema.safeParse(candidate);
    if (parsed.success) valid.push(parsed.data);
    else for (const issue of parsed.error.issues) errors.push(`workOrders[${index}].${issue.path.join('.')}: ${issue.message}`);
  });
  const ids = new Set<string>(existingIds);
  for (const order of valid) {
    if (ids.has(order.id)) errors.push(`work order id "${order.id}" is used twice; give each work order its own id`);
    ids.add(order.id);
  }
  for (const order of valid) {
    for (const dependency of order.dependencies ?? []) if (!ids.has(dependency)) errors.push(`work order "${order.id}" depends on unknown "${dependency}"`);
  }
  return errors.length === 0 ? { ok: true, workOrders: valid } : { ok: false, errors };
}
