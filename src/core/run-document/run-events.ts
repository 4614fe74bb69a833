import { z } from 'zod';
import { runStatuses } from './document-model.ts';
import { patchSchema, type Patch } from './patch-types.ts';

/**
 * What consumers of a run hear. Every event carries the run id and the document revision it leaves
 * behind. `run.patch`, `run.status` and `run.failed` each carry the patch that raised the revision by
 * one, so a consumer holding revision r can apply the event for r + 1; `run.started` opens revision 0;
 * `run.progress` changes nothing (a heartbeat with a note).
 */
export const runEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run.started'), runId: z.string(), revision: z.literal(0), objective: z.string(), at: z.string() }),
  z.object({ type: z.literal('run.progress'), runId: z.string(), revision: z.number().int().nonnegative(), note: z.string(), at: z.string() }),
  z.object({ type: z.literal('run.patch'), runId: z.string(), revision: z.number().int().positive(), patch: patchSchema, at: z.string() }),
  z.object({ type: z.literal('run.status'), runId: z.string(), revision: z.number().int().positive(), status: z.enum(runStatuses), patch: patchSchema, at: z.string() }),
  z.object({ type: z.literal('run.failed'), runId: z.string(), revision: z.number().int().positive(), reason: z.string(), patch: patchSchema, at: z.string() }),
]);
export type RunEvent = z.infer<typeof runEventSchema>;
export type RunEventType = RunEvent['type'];
/** The events that raise the revision, each carrying its patch. */
export type RevisionEvent = Extract<RunEvent, { patch: Patch }>;

export function isRevisionEvent(event: RunEvent): event is RevisionEvent {
  return 'patch' in event;
}

/** The event that announces an applied patch at `revision`. */
export function eventForPatch(patch: Patch, revision: number, at: string): RevisionEvent {
  const base = { runId: patch.runId, revision, patch, at };
  if (patch.kind !== 'set-status') return { type: 'run.patch', ...base };
  if (patch.status === 'failed') return { type: 'run.failed', reason: patch.detail ?? '', ...base };
  return { type: 'run.status', status: patch.status, ...base };
}

/** Parses one event from untrusted JSON (a log line, an SSE message); never throws. */
export function parseRunEvent(value: unknown): RunEvent | undefined {
  const result = runEventSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
