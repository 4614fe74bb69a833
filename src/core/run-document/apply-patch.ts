import { applyOps } from './apply-ops.ts';
import { finalRunStatuses, foldLine, getSection, sectionIndex, type DocumentSectionContent, type RunDocument } from './document-model.ts';
import type { NewlineMemo } from './newline-memo.ts';
import type { Patch } from './patch-types.ts';

export type ApplyResult = { readonly ok: true; readonly document: RunDocument } | { readonly ok: false; readonly reason: string };

/**
 * Applies one patch: the new document has revision + 1, or the patch is rejected with a reason and
 * nothing changes. Pure; duplicate patch ids are the caller's ledger's concern (see `createRunLedger`).
 */
export function applyPatch(document: RunDocument, patch: Patch, memo?: NewlineMemo): ApplyResult {
  if (patch.runId !== document.runId) return reject(patch, `it is for run "${patch.runId}", not "${document.runId}"`);
  if (finalRunStatuses.includes(document.status)) return reject(patch, `run "${document.runId}" has ended (${document.status}); start a new run to change anything`);
  if (patch.kind === 'set-status') {
    return { ok: true, document: { ...document, revision: document.revision + 1, status: patch.status, statusDetail: foldLine(patch.detail ?? '') } };
  }
  if (sectionIndex(patch.section) < 0) return reject(patch, `there is no section "${patch.section}"`);
  const current = getSection(document, patch.section);
  const next = changeSection(current, patch, memo);
  if (!next.ok) return reject(patch, next.reason);
  const sections = document.sections.map((s) => (s.id === current.id ? next.section : s));
  return { ok: true, document: { ...document, revision: document.revision + 1, sections } };
}

type SectionResult = { ok: true; section: DocumentSectionContent } | { ok: false; reason: string };

function changeSection(section: DocumentSectionContent, patch: Exclude<Patch, { kind: 'set-status' }>, memo?: NewlineMemo): SectionResult {
  switch (patch.kind) {
    case 'mark-section-state':
      return { ok: true, section: { ...section, state: patch.state } };
    case 'commit-proposal':
      if (section.proposal === undefined) return { ok: false, reason: `section "${section.id}" has no proposal to commit` };
      return { ok: true, section: { id: section.id, state: section.state, canon: section.proposal } };
    case 'discard-proposal':
      if (section.proposal === undefined) return { ok: false, reason: `section "${section.id}" has no proposal to discard` };
      return { ok: true, section: { id: section.id, state: section.state, canon: section.canon } };
    case 'append-log-line': {
      const before = textOf(section, patch.target);
      const text = appendLine(before, patch.text, memo ? memo.endsWithNewline(before) : undefined);
      memo?.remember(text, true);
      return withText(section, patch.target, text);
    }
    case 'edit': {
      const result = applyOps(textOf(section, patch.target), patch.ops);
      if (!result.ok) return { ok: false, reason: `${result.reason} in the ${patch.target} of section "${section.id}"` };
      return withText(section, patch.target, result.text);
    }
  }
}

/** A new proposal starts as a copy of the canon, so proposal offsets line up with what readers see. */
function textOf(section: DocumentSectionContent, target: 'proposal' | 'canon'): string {
  return target === 'canon' ? section.canon : (section.proposal ?? section.canon);
}

function withText(section: DocumentSectionContent, target: 'proposal' | 'canon', text: string): SectionResult {
  return { ok: true, section: target === 'canon' ? { ...section, canon: text } : { ...section, proposal: text } };
}

/** Appends whole lines: a missing final newline is added before and after the new text. */
export function appendLine(text: string, line: string, endsWithNewline = text.endsWith('\n')): string {
  const head = text === '' || endsWithNewline ? text : `${text}\n`;
  return `${head}${line}${line.endsWith('\n') ? '' : '\n'}`;
}

function reject(patch: Patch, why: string): ApplyResult {
  return { ok: false, reason: `patch "${patch.patchId}" (${patch.kind}) was rejected: ${why}` };
}
