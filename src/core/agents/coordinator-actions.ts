import { z } from 'zod';
import { workOrderIdSchema } from '../workorder/work-order-schema.ts';
import { agentRoles } from './roles.ts';

const sectionName = z.enum(['coordinator', 'architect', 'implementer', 'verifier', 'triage']);

/** Everything the coordinator may decide, as a closed set: anything else is not a decision. */
export const coordinatorActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('spawn-worker'), workerId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), role: z.enum(agentRoles), workOrderId: workOrderIdSchema, provider: z.string().min(1).optional() }).strict(),
  z.object({ action: z.literal('await-worker'), workerId: z.string().min(1) }).strict(),
  z.object({ action: z.literal('merge-canon'), section: sectionName, reason: z.string().min(1) }).strict(),
  z.object({ action: z.literal('complete'), summary: z.string().min(1) }).strict(),
  z.object({ action: z.literal('block'), reason: z.string().min(1), needs: z.string().min(1).optional() }).strict(),
]);

export type CoordinatorAction = z.output<typeof coordinatorActionSchema>;

export type CoordinatorActionParse = { readonly ok: true; readonly action: CoordinatorAction } | { readonly ok: false; readonly error: string };

export function parseCoordinatorAction(value: unknown): CoordinatorActionParse {
  const parsed = coordinatorActionSchema.safeParse(value);
  if (parsed.success) return { ok: true, action: parsed.data };
  return { ok: false, error: `not a coordinator action (spawn-worker, await-worker, merge-canon, complete, block): ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'action'}: ${issue.message}`).join('; ')}` };
}

/** The Conductor line for an action: one line, stable wording, so the run document reads as a log of decisions. */
export function formatCoordinatorAction(action: CoordinatorAction): string {
  switch (action.action) {
    case 'spawn-worker':
      return `spawn worker ${action.workerId}: ${action.role} on ${action.workOrderId}${action.provider ? ` via ${action.provider}` : ''}`;
    case 'await-worker':
      return `await worker ${action.workerId}`;
    case 'merge-canon':
      return `merge canon of ${action.section}: ${action.reason}`;
    case 'complete':
      return `complete: ${action.summary}`;
    case 'block':
      return `block: ${action.reason}${action.needs ? ` (needs ${action.needs})` : ''}`;
  }
}
