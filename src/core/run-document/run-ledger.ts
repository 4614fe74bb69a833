import { applyPatch } from './apply-patch.ts';
import type { RunDocument } from './document-model.ts';
import { createNewlineMemo } from './newline-memo.ts';
import type { Patch } from './patch-types.ts';
import { eventForPatch, type RevisionEvent } from './run-events.ts';

export type LedgerOutcome =
  | { readonly kind: 'applied'; readonly document: RunDocument; readonly event: RevisionEvent }
  | { readonly kind: 'duplicate'; readonly document: RunDocument }
  | { readonly kind: 'rejected'; readonly document: RunDocument; readonly reason: string };

export interface RunLedger {
  readonly document: () => RunDocument;
  /** Applies a patch unless its id was seen before (then it is a no-op, so redelivery is safe). */
  readonly submit: (patch: Patch, at: string) => LedgerOutcome;
  readonly hasApplied: (patchId: string) => boolean;
}

/**
 * The authoritative state of one run: the document plus the ids of every patch already applied. The
 * writer owns one per run; `appliedPatchIds` comes from the event log when a run is reopened.
 */
export function createRunLedger(initial: RunDocument, appliedPatchIds: Iterable<string> = []): RunLedger {
  let document = initial;
  const applied = new Set(appliedPatchIds);
  const memo = createNewlineMemo();
  return {
    document: () => document,
    hasApplied: (patchId) => applied.has(patchId),
    submit: (patch, at) => {
      if (applied.has(patch.patchId)) return { kind: 'duplicate', document };
      const result = applyPatch(document, patch, memo);
      if (!result.ok) return { kind: 'rejected', document, reason: result.reason };
      document = result.document;
      applied.add(patch.patchId);
      return { kind: 'applied', document, event: eventForPatch(patch, document.revision, at) };
    },
  };
}
