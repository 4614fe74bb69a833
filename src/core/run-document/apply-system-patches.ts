import { applyPatch } from './apply-patch.ts';
import type { RunDocument } from './document-model.ts';
import type { Patch, PatchBody } from './patch-types.ts';

/**
 * Applies patches in order (each raises the revision by one). `system` bodies get ids `<prefix>-<n>`;
 * full patches keep theirs. Throws on a rejected patch: callers only build patches the document
 * accepts, so a rejection is a bug.
 */
export function applySystemPatches(document: RunDocument, items: readonly (Patch | PatchBody)[], prefix: string): RunDocument {
  return items.reduce<RunDocument>((doc, item, index) => {
    const patch = ('runId' in item ? item : { ...item, runId: doc.runId, patchId: `${prefix}-${index + 1}`, source: 'system' }) as Patch;
    const result = applyPatch(doc, patch);
    if (!result.ok) throw new Error(`run ${doc.runId}: ${result.reason}`);
    return result.document;
  }, document);
}
