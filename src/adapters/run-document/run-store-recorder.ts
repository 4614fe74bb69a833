import { randomBytes } from 'node:crypto';
import type { DocumentSection, DocumentSectionState, DocumentRunStatus } from '../../core/run-document/document-model.ts';
import { getSection } from '../../core/run-document/document-model.ts';
import { neutralizeTerminalText } from '../../core/redaction/neutralize-terminal-text.ts';
import type { Patch, PatchBody } from '../../core/run-document/patch-types.ts';
import type { RunRecorder, RunSection, RunStatus, SectionState } from '../../ports/run-recorder.ts';
import { RunPatchRejectedError } from './run-store-errors.ts';
import type { RunWriter } from './run-writer.ts';

// The port and the core model name the same things; these lines stop compiling if they ever drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sectionsAgree: Same<RunSection, DocumentSection> = true;
const statesAgree: Same<SectionState, DocumentSectionState> = true;
const statusesAgree: Same<RunStatus, DocumentRunStatus> = true;
void [sectionsAgree, statesAgree, statusesAgree];

/**
 * The `RunRecorder` agents write through, backed by a run writer (file store plus sinks). Each call is
 * one patch with a fresh id; a rejected patch throws `RunPatchRejectedError` (a caller bug, such as
 * writing after the run ended). Committing or discarding when there is no proposal does nothing.
 * Agent and command text is untrusted: terminal escape codes (CSI, OSC), control characters and bidi
 * overrides are removed before it is stored, so `document.md` shown in a terminal or an editor cannot
 * move the cursor, retitle the window or read differently than it is.
 */
export function createRunStoreRecorder(writer: RunWriter, source: Patch['source'] = 'agent'): RunRecorder {
  const prefix = randomBytes(4).toString('hex');
  let counter = 0;
  const submit = async (patch: PatchBody & { source?: Patch['source'] }) => {
    const outcome = await writer.submit({ source, ...patch, runId: writer.runId, patchId: `${prefix}-${++counter}` } as Patch);
    if (outcome.kind === 'rejected') throw new RunPatchRejectedError(writer.runId, outcome.reason);
  };
  const hasProposal = (section: RunSection) => getSection(writer.document(), section).proposal !== undefined;
  return {
    runId: writer.runId,
    appendLine: (section, text, options) => submit({ kind: 'append-log-line', section, target: options?.target ?? 'canon', text: neutralizeTerminalText(text), ...(options?.source ? { source: options.source } : {}) }),
    markSection: (section, state) => submit({ kind: 'mark-section-state', section, state }),
    setStatus: (status, detail) => submit({ kind: 'set-status', status, ...(detail === undefined ? {} : { detail: neutralizeTerminalText(detail) }) }),
    commitProposal: async (section) => (hasProposal(section) ? submit({ kind: 'commit-proposal', section }) : undefined),
    discardProposal: async (section) => (hasProposal(section) ? submit({ kind: 'discard-proposal', section }) : undefined),
  };
}
