import { getSection, sectionTitles, type DocumentRunStatus, type DocumentSectionContent, type RunDocument } from './document-model.ts';
import { renderSectionMarkdown } from './render-section-markdown.ts';
import { embedRunState } from './embedded-run-state.ts';
import { runCommentMarker } from './run-comment-marker.ts';
import { diffProposal, splitLines, type DiffLine } from './proposal-diff.ts';
import type { TrainPlace } from '../train/describe-train-place.ts';
import { trainPlaceLines } from '../train/render-train-place.ts';

/** GitHub rejects issue comment bodies longer than this (and check-run summaries at 65,535). */
export const githubCommentLimit = 65_536;

export interface CommentOptions {
  /** Hard ceiling for the body, in UTF-16 code units (what GitHub counts). */
  readonly maxChars?: number;
  /** Where the full, untruncated log lives (the Actions run); linked in the header and when Terminal output is cut. */
  readonly fullLogUrl?: string;
  /** Before the Actions run is known: the workflow's page, where the run appears once it starts. */
  readonly workflowUrl?: string;
  /** The change's place in the merge train (`describeTrainPlace`), shown under the checklist. */
  readonly train?: TrainPlace;
  /** Append the hidden machine-readable state (`embedRunState`); default true, within 45% of `maxChars`. */
  readonly embedState?: boolean;
}

const statusBadge = {
  initializing: '⏳ Initializing', running: '🔄 Running', waiting: '⏸️ Waiting', completing: '🏁 Completing',
  completed: '✅ Completed', failed: '❌ Failed', blocked: '⛔ Blocked',
} as const satisfies Record<DocumentRunStatus, string>;
const stateBadge = { pending: '○', active: '●', done: '✓', failed: '✗' } as const;
const phaseNote = { pending: '', active: ' — running', done: '', failed: ' — failed' } as const;

/**
 * The run document as a GitHub comment: status, revision, each section that has text (proposals as a
 * diff), Terminal in a fence, then the hidden embedded state (`readEmbeddedRunState` reads it back).
 * Over `maxChars` it drops the oldest Terminal lines first (with a link to the full log), then
 * proposals; canon is cut only if canon alone cannot fit.
 */
export function renderRunComment(document: RunDocument, options: CommentOptions = {}): string {
  const limit = options.maxChars ?? githubCommentLimit;
  const state = options.embedState === false ? '' : embedRunState(document, Math.floor(limit * 0.45));
  return renderVisible(document, { ...options, maxChars: limit - state.length }) + state;
}

function renderVisible(document: RunDocument, options: CommentOptions): string {
  const max = options.maxChars ?? githubCommentLimit;
  const terminal = splitLines(terminalText(getSection(document, 'terminal')));
  const full = compose(document, { dropTerminal: 0, proposals: true }, options);
  if (full.length <= max) return full;
  let low = 1;
  let high = terminal.length;
  if (compose(document, { dropTerminal: high, proposals: true }, options).length <= max) {
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (compose(document, { dropTerminal: mid, proposals: true }, options).length <= max) high = mid;
      else low = mid + 1;
    }
    return compose(document, { dropTerminal: high, proposals: true }, options);
  }
  const canonOnly = compose(document, { dropTerminal: terminal.length, proposals: false }, options);
  if (canonOnly.length <= max) return canonOnly;
  const note = `\n\n… cut at ${max.toLocaleString('en-US')} characters; the full document is in the run store${options.fullLogUrl ? ` and at ${options.fullLogUrl}` : ''}.\n`;
  return canonOnly.slice(0, Math.max(0, max - note.length)) + note;
}

interface Cut {
  readonly dropTerminal: number;
  readonly proposals: boolean;
}

function compose(document: RunDocument, cut: Cut, options: CommentOptions): string {
  // A checklist of the phases (sections) that ticks as each one finishes; the Actions run is always linked.
  const checklist = document.sections.map((s) => `- [${s.state === 'done' ? 'x' : ' '}] ${sectionTitles[s.id]}${phaseNote[s.state]}`).join('\n');
  const detail = document.statusDetail ? ` — ${inline(document.statusDetail)}` : '';
  const link = options.fullLogUrl ? ` · [Actions run](${options.fullLogUrl})` : options.workflowUrl ? ` · [Actions run](${options.workflowUrl}) (not started yet: the workflow's runs)` : '';
  const out = [runCommentMarker(document.runId), `### ${statusBadge[document.status]}: ${inline(document.objective)}`, '', `Revision ${document.revision}${detail}${link}`, '', checklist];
  if (options.train) out.push('', '#### Merge train', '', ...trainMarkdown(options.train));
  for (const section of document.sections) {
    const body = section.id === 'terminal' ? terminalBlock(section, cut.dropTerminal, options) : sectionBlock(section, cut.proposals);
    if (body) out.push('', `#### ${sectionTitles[section.id]} ${stateBadge[section.state]}`, '', body);
  }
  return `${out.join('\n')}\n`;
}

/** The train lines as a list; the evidence link (an https URL) is the one link, everything else is text. */
function trainMarkdown(place: TrainPlace): string[] {
  return trainPlaceLines(place).map((line) => {
    const url = /^Evidence link: (https:\/\/\S+)$/.exec(line)?.[1];
    return url && !/[()\s<>]/.test(url) ? `- [Evidence](${url})` : `- ${inline(line)}`;
  });
}

function sectionBlock(section: DocumentSectionContent, withProposal: boolean): string {
  const canon = renderSectionMarkdown(splitLines(section.canon), neutralize).join('\n');
  if (section.proposal === undefined) return canon;
  if (!withProposal) return `${canon}${canon ? '\n\n' : ''}_A proposal is pending (left out to fit GitHub's size limit)._`;
  return [canon, `Proposal (not yet accepted):`, fence('diff', diffProposal(section.canon, section.proposal).map(diffLine))].filter(Boolean).join('\n\n');
}

function terminalBlock(section: DocumentSectionContent, drop: number, options: CommentOptions): string {
  const lines = splitLines(terminalText(section));
  if (lines.length === 0) return '';
  const kept = lines.slice(drop);
  const note = drop > 0 ? `_${drop.toLocaleString('en-US')} earlier line${drop === 1 ? '' : 's'} left out to fit GitHub's size limit${options.fullLogUrl ? `; [full log](${options.fullLogUrl})` : '; the full log is in the run store'}._\n\n` : '';
  return note + fence('text', kept);
}

function terminalText(section: DocumentSectionContent): string {
  return section.proposal ?? section.canon;
}

function diffLine(line: DiffLine): string {
  return `${line.kind === 'added' ? '+' : line.kind === 'removed' ? '-' : ' '}${line.text}`;
}

/** A fence longer than any backtick run inside, so output can never close it early. */
function fence(info: string, lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const ticks = '`'.repeat(longest + 1);
  return [`${ticks}${info}`, ...lines, ticks].join('\n');
}

/** One-line untrusted text in Markdown: no formatting, links, HTML or mentions. */
function inline(text: string): string {
  return neutralize(text.replace(/[\\`*_[\]<>#!|~]/g, '\\$&'));
}

/** Keeps agent text from pinging people or teams. */
function neutralize(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u2060');
}
