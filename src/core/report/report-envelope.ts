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
  const text = `${lead}${lead ? '\n\n' : ''}${open}${toBase64(reportFile)}${close}\n`;
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
    return fromBase64(encoded);
  } catch {
    return undefined;
  }
}

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(encoded: string): string {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
