import { documentSections, runStatuses, sectionStates, sectionTitles, type DocumentSectionContent, type RunDocument } from './document-model.ts';
import { decodeHeaderValue, linesToText } from './escape-line.ts';
import { proposalMarker } from './render-document.ts';

export type ParseResult = { readonly ok: true; readonly document: RunDocument } | { readonly ok: false; readonly error: string };

const headerPatterns = {
  revision: /^<!-- revision:(\d+) -->$/,
  objective: /^# (.*)$/,
  run: /^<!-- run:(\S+) status:([a-z]+)(?: detail:(.*))? -->$/,
  state: /^<!-- state:([a-z]+) -->$/,
};

/**
 * Reads a document written by `renderRunDocument`. Structure is recognised only at the start of a line
 * and content lines are escaped, so text that merely looks like a marker is never taken for one.
 */
export function parseRunDocument(text: string): ParseResult {
  if (!text.endsWith('\n')) return fail(0, 'the document does not end with a newline (it may be truncated)');
  const lines = text.slice(0, -1).split('\n');
  const revision = headerPatterns.revision.exec(lines[0] ?? '');
  if (!revision) return fail(1, 'expected "<!-- revision:N -->"');
  const objective = headerPatterns.objective.exec(lines[1] ?? '');
  if (!objective) return fail(2, 'expected "# <objective>"');
  const run = headerPatterns.run.exec(lines[2] ?? '');
  if (!run || !(runStatuses as readonly string[]).includes(run[2]!)) return fail(3, 'expected "<!-- run:<id> status:<status> -->" with a known status');
  const sections: DocumentSectionContent[] = [];
  let at = 3;
  for (const id of documentSections) {
    if (lines[at] !== `## ${sectionTitles[id]}`) return fail(at + 1, `expected the section heading "## ${sectionTitles[id]}"`);
    const state = headerPatterns.state.exec(lines[at + 1] ?? '');
    if (!state || !(sectionStates as readonly string[]).includes(state[1]!)) return fail(at + 2, 'expected "<!-- state:pending|active|done|failed -->"');
    let end = at + 2;
    while (end < lines.length && !lines[end]!.startsWith('## ')) end++;
    const body = lines.slice(at + 2, end);
    const split = body.indexOf(proposalMarker);
    const canon = linesToText(split < 0 ? body : body.slice(0, split));
    const section: DocumentSectionContent = split < 0 ? { id, state: state[1] as DocumentSectionContent['state'], canon } : { id, state: state[1] as DocumentSectionContent['state'], canon, proposal: linesToText(body.slice(split + 1)) };
    sections.push(section);
    at = end;
  }
  if (at !== lines.length) return fail(at + 1, 'unexpected text after the last section');
  return {
    ok: true,
    document: { runId: run[1]!, revision: Number(revision[1]), objective: objective[1]!, status: run[2] as RunDocument['status'], statusDetail: decodeHeaderValue(run[3] ?? ''), sections },
  };
}

function fail(line: number, what: string): ParseResult {
  return { ok: false, error: `${line ? `line ${line}: ` : ''}${what}` };
}
