import { parseRunDocument, type ParseResult } from './parse-document.ts';
import { renderRunDocument } from './render-document.ts';
import { runCommentMarker } from './run-comment-marker.ts';
import type { RunDocument } from './document-model.ts';

/** Opens the hidden trailer that carries the whole run document inside its tracking comment. */
export const runStateOpener = '<!-- shopfloor:run-state';

/** Terminal lines kept in the embedded state; the full log lives in the run store and the visible view. */
const terminalLinesKept = 50;

/**
 * The run document as a hidden trailer for its tracking comment, so whoever holds only the comment (the
 * GitHub App) can parse it, apply a patch and write it back at revision + 1. The text is
 * `renderRunDocument` with `%` and `>` percent-encoded, so nothing inside can close the HTML comment.
 * To stay within `maxChars` it keeps the last 50 Terminal lines, then drops Terminal and proposals, and
 * gives up (returns '') when even that does not fit; `readEmbeddedRunState` then reports it missing.
 */
export function embedRunState(document: RunDocument, maxChars: number): string {
  const candidates = [trimTerminal(document, terminalLinesKept), withoutBulk(document)];
  for (const candidate of candidates) {
    const trailer = `\n${runStateOpener}\n${encode(renderRunDocument(candidate))}-->\n`;
    if (trailer.length <= maxChars) return trailer;
  }
  return '';
}

/** The run document embedded in a tracking comment body by `embedRunState`, checked against the comment's run marker. */
export function readEmbeddedRunState(commentBody: string): ParseResult {
  const start = commentBody.lastIndexOf(`\n${runStateOpener}\n`);
  if (start < 0) return { ok: false, error: 'the comment carries no embedded run state (it was written by an older Shopfloor or was too large)' };
  const from = start + runStateOpener.length + 2;
  const end = commentBody.indexOf('-->', from);
  // Only the trailer at the very end counts: agent output quoted in the Terminal fence cannot pose as state.
  if (end < 0 || end !== commentBody.length - 4 || !commentBody.endsWith('-->\n')) return { ok: false, error: 'the embedded run state is not the end of the comment (the comment may be truncated or edited)' };
  const parsed = parseRunDocument(decode(commentBody.slice(from, end)));
  if (!parsed.ok) return { ok: false, error: `the embedded run state is unreadable: ${parsed.error}` };
  if (!commentBody.startsWith(`${runCommentMarker(parsed.document.runId)}\n`)) return { ok: false, error: `the embedded run state is for run "${parsed.document.runId}", not the run this comment is marked for` };
  return parsed;
}

function encode(text: string): string {
  return text.replace(/[%>]/g, (c) => (c === '%' ? '%25' : '%3E'));
}

function decode(text: string): string {
  return text.replace(/%3E|%25/g, (c) => (c === '%25' ? '%' : '>'));
}

function trimTerminal(document: RunDocument, keep: number): RunDocument {
  const cut = (text: string) => {
    const lines = text.split('\n');
    const ended = text.endsWith('\n');
    const body = ended ? lines.slice(0, -1) : lines;
    return body.length <= keep ? text : `${body.slice(-keep).join('\n')}${ended ? '\n' : ''}`;
  };
  return { ...document, sections: document.sections.map((s) => (s.id === 'terminal' ? { id: s.id, state: s.state, canon: cut(s.canon), ...(s.proposal !== undefined ? { proposal: cut(s.proposal) } : {}) } : s)) };
}

function withoutBulk(document: RunDocument): RunDocument {
  return { ...document, sections: document.sections.map((s) => ({ id: s.id, state: s.state, canon: s.id === 'terminal' ? '' : s.canon })) };
}
