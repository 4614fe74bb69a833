import { z } from 'zod';
import { workOrderSchema, type WorkOrder } from '../workorder/work-order-schema.ts';

/**
 * What a bug work order issue carries past the issue form: the form has no field for the reproducer or
 * the reverted culprit, so the App writes them into a hidden marker line of the issue it opens, and
 * intake reads it back from the raw body (the sanitizer strips HTML comments before any field is read).
 * Intake trusts the marker only on an issue this App wrote; a pasted copy is ignored.
 */
export interface CarriedProvenance {
  readonly revertOf: string;
  readonly repro?: WorkOrder['repro'];
}

const carriedSchema = z.object({ revertOf: z.string().regex(/^[0-9a-f]{7,64}$/), repro: workOrderSchema.shape.repro }).strict();

// encodeURIComponent never emits `>` or whitespace, so a command cannot end the comment early.
const markerPattern = /^<!-- shopfloor:work-order-provenance ([A-Za-z0-9%._~!*'()-]+) -->$/m;
const keyMarkerPattern = /^<!-- shopfloor:key=revert-bug\/([0-9a-f]{40,64}) -->(?:\n|$)/;

/** The marker line for a work order with `provenance.revertOf`; undefined for any other work order. */
export function renderProvenanceMarker(workOrder: WorkOrder): string | undefined {
  const revertOf = workOrder.provenance?.revertOf;
  if (!revertOf) return undefined;
  const carried: CarriedProvenance = { revertOf, ...(workOrder.repro ? { repro: workOrder.repro } : {}) };
  return `<!-- shopfloor:work-order-provenance ${encodeURIComponent(JSON.stringify(carried))} -->`;
}

/**
 * The provenance a raw issue body carries: the marker line when present and well-formed, else the
 * culprit named by a `revert-bug/<sha>` key marker on the first line (bug issues opened before the
 * marker existed). Undefined when neither is there. The caller decides whether the author is trusted.
 */
export function readProvenanceMarker(rawBody: string): CarriedProvenance | undefined {
  const body = rawBody.replace(/\r\n?/g, '\n');
  const encoded = markerPattern.exec(body)?.[1];
  if (encoded) {
    const parsed = carriedSchema.safeParse(decode(encoded));
    if (parsed.success) return { revertOf: parsed.data.revertOf, ...(parsed.data.repro ? { repro: parsed.data.repro } : {}) };
  }
  const keyed = keyMarkerPattern.exec(body)?.[1];
  return keyed ? { revertOf: keyed } : undefined;
}

function decode(encoded: string): unknown {
  try {
    return JSON.parse(decodeURIComponent(encoded));
  } catch {
    return undefined;
  }
}
