import { sectionTitles, type RunDocument } from './document-model.ts';
import { encodeHeaderValue, textToLines } from './escape-line.ts';

export const proposalMarker = '<!-- proposal -->';

/**
 * The run document as Markdown, exactly as the file sink stores it:
 *
 *     <!-- revision:N -->
 *     # <objective>
 *     <!-- run:<id> status:<status> [detail:<encoded>] -->
 *     ## Conductor
 *     <!-- state:active -->
 *     canon lines
 *     <!-- proposal -->
 *     proposal lines
 *     ## Coordinator ...
 *
 * `parseRunDocument(renderRunDocument(d))` gives back d; body lines are escaped by `escapeLine`.
 */
export function renderRunDocument(document: RunDocument): string {
  const detail = document.statusDetail ? ` detail:${encodeHeaderValue(document.statusDetail)}` : '';
  const out = [`<!-- revision:${document.revision} -->`, `# ${document.objective}`, `<!-- run:${document.runId} status:${document.status}${detail} -->`];
  for (const section of document.sections) {
    out.push(`## ${sectionTitles[section.id]}`, `<!-- state:${section.state} -->`, ...textToLines(section.canon));
    if (section.proposal !== undefined) out.push(proposalMarker, ...textToLines(section.proposal));
  }
  return `${out.join('\n')}\n`;
}
