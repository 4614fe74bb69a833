import { applyPatch } from '../../core/run-document/apply-patch.ts';
import { createRunDocument, type DocumentSection, type RunDocument } from '../../core/run-document/document-model.ts';
import type { Patch, PatchBody } from '../../core/run-document/patch-types.ts';
import { eventForPatch, type RunEvent } from '../../core/run-document/run-events.ts';
import type { RunDocumentSink } from '../../ports/run-document-sink.ts';

/**
 * The App's side of a run document before any runner has it: system patches (conductor lines, status)
 * applied in memory and handed to the tracking-comment sink on `flush`, so one webhook makes one comment
 * write per flush however many lines it adds. Patch ids count from the run id's start, so a redelivered
 * webhook renders the same text.
 */
export function createRunDocumentDraft(runId: string, objective: string, sink: RunDocumentSink, now: () => string) {
  let document: RunDocument = createRunDocument(runId, objective);
  let lastEvent: RunEvent = { type: 'run.started', runId, revision: 0, objective, at: now() };
  let step = 0;
  const apply = (body: PatchBody) => {
    const patch = { ...body, runId, patchId: `app-${++step}`, source: 'system' } as Patch;
    const result = applyPatch(document, patch);
    if (!result.ok) throw new Error(`run ${runId}: ${result.reason}`);
    document = result.document;
    lastEvent = eventForPatch(patch, document.revision, now());
  };
  return {
    line: (section: DocumentSection, text: string) => apply({ kind: 'append-log-line', section, target: 'canon', text }),
    mark: (section: DocumentSection, state: 'pending' | 'active' | 'done' | 'failed') => apply({ kind: 'mark-section-state', section, state }),
    status: (status: RunDocument['status'], detail?: string) => apply({ kind: 'set-status', status, ...(detail ? { detail } : {}) }),
    /** Any other system patch body (e.g. the plan-approval lines from `planApprovalRequired`). */
    apply,
    /** Lands the document now; the first flush creates the tracking comment (or finds it by its marker). */
    flush: async () => {
      await sink.publish(lastEvent, document);
      await sink.flush();
    },
    document: () => document,
  };
}
