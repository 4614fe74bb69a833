import { base64ToText, textToBase64 } from './base64-text.ts';
import { checkRunLimits } from './render-check-run.ts';

/**
 * How a signed report travels to the GitHub App: inside the `shopfloor/gates` check run's `output.text`,
 * as a hidden marker holding the report file's bytes in base64. The channel carries no trust (any App
 * with `checks: write` can write a check run); the App trusts only the signature, checked against the
 * policy's signers on the default branch, and only for the head SHA the report names.
 */
const open = '<!-- shopfloor:signed-report base64=';
const close = ' -->';

/** The check run text for a report file, or undefined when it would not fit GitHub's 65,535-character limit. */
export function renderReportEnvelope(reportFile: string, lead = ''): string | undefined {
  const text = `${lead}${lead ? '\n\n' : ''}${open}${textToBase64(reportFile)}${close}\n`;
  return text.length <= checkRunLimits.summaryChars ? text : undefined;
}

/** The report file carried in a check run's text, or undefined when it carries none (or a damaged one). */
export function readReportEnvelope(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  const end = text.indexOf(close, start + open.length);
  if (end < 0) return undefined;
  const encoded = text.slice(start + open.length, end);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined;
  try {
    return base64ToText(encoded);
  } catch {
    return undefined;
  }
}
