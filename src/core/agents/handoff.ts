import { z } from 'zod';
import { workOrderIdSchema } from '../workorder/work-order-schema.ts';
import { architectOutputSchema, verifierOutputSchema } from './role-outputs.ts';

const sha = z.string().regex(/^[0-9a-f]{7,64}$/);

/** What one role hands the next: typed records, never free text. */
export const handoffSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('work-orders'), from: z.literal('coordinator'), workOrderIds: z.array(workOrderIdSchema).min(1), rationale: z.string() }),
  z.object({ kind: z.literal('contract'), from: z.literal('architect'), contract: architectOutputSchema }),
  z.object({
    kind: z.literal('implementation'),
    from: z.literal('implementer'),
    workOrderId: workOrderIdSchema,
    branch: z.string().min(1),
    commit: sha.optional(),
    outOfScope: z.array(z.string()),
    terminal: z.string(),
  }),
  z.object({ kind: z.literal('review'), from: z.literal('verifier'), workOrderId: workOrderIdSchema, commit: sha, review: verifierOutputSchema }),
  z.object({ kind: z.literal('diagnosis'), from: z.literal('triage'), diagnosis: z.string().min(1), bugWorkOrderId: workOrderIdSchema, suspectedCommit: sha.optional() }),
]);

export type Handoff = z.output<typeof handoffSchema>;
