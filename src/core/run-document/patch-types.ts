import { z } from 'zod';
import { documentSections, runStatuses, sectionStates } from './document-model.ts';

const count = z.number().int().positive();
export const patchOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('retain'), count }),
  z.object({ op: z.literal('insert'), text: z.string().min(1) }),
  z.object({ op: z.literal('delete'), count }),
  z.object({ op: z.literal('replace'), count, text: z.string() }),
]);
export type PatchOp = z.infer<typeof patchOpSchema>;

const base = {
  runId: z.string().min(1),
  /** Unique per run; a patch id seen before is a no-op, so delivery may repeat. */
  patchId: z.string().min(1).max(200),
  source: z.enum(['agent', 'user', 'system']),
};
const section = z.enum(documentSections);
const target = z.enum(['proposal', 'canon']);

/** Every change to a run document is one of these; each applied patch raises the revision by one. */
export const patchSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('edit'), section, target, ops: z.array(patchOpSchema).min(1) }),
  z.object({ ...base, kind: z.literal('append-log-line'), section, target, text: z.string() }),
  z.object({ ...base, kind: z.literal('mark-section-state'), section, state: z.enum(sectionStates) }),
  z.object({ ...base, kind: z.literal('commit-proposal'), section }),
  z.object({ ...base, kind: z.literal('discard-proposal'), section }),
  z.object({ ...base, kind: z.literal('set-status'), status: z.enum(runStatuses), detail: z.string().optional() }),
]);
export type Patch = z.infer<typeof patchSchema>;
export type PatchKind = Patch['kind'];
export type PatchSource = Patch['source'];
export type PatchTarget = z.infer<typeof target>;

/** Checks untrusted input (a log line, an HTTP body) against the patch shape; never throws. */
export function parsePatch(value: unknown): { ok: true; patch: Patch } | { ok: false; reason: string } {
  const result = patchSchema.safeParse(value);
  if (result.success) return { ok: true, patch: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: `patch is malformed at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown problem'}` };
}

/** A patch without its envelope (run id, patch id, source): what a writer fills in. */
export type PatchBody = Patch extends infer P ? (P extends Patch ? Omit<P, 'runId' | 'patchId' | 'source'> : never) : never;
