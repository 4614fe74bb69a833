import type { SecretDetector, SecretSpan } from '../redaction/secret-detector.ts';
import type { Annotation } from './gate-spec.ts';

/** A line carrying this marker is a known fake (a test fixture); like gitleaks' `gitleaks:allow`. */
export const allowMarker = 'shopfloor:allow-secret';

/** Text scanned at a time; the window's tail is scanned again with the next one, so nothing falls between. */
const windowChars = 64 * 1024;
const overlapChars = 4096;
/** Findings listed per stream before the rest are only counted. */
const maxFindings = 50;

const redactedMarker = /\[REDACTED:([a-z0-9-]{1,40})\]/g;

/** Shows enough to find the value, never enough to use it. */
export function redactSecret(value: string): string {
  return value.length <= 8 ? '****' : `${value.slice(0, 4)}…(${value.length} chars)`;
}

export interface SecretScannerOptions {
  /** Named in each annotation (a file, or `log of gate x`). */
  readonly path: string;
  readonly detect: SecretDetector;
  /** Also report `[REDACTED:kind]` markers: a stored log was redacted as it was written, so a marker is a leak. */
  readonly markers?: boolean;
  /** Maps the stream's 1-based line to the line to report (diff lines keep their file line numbers). */
  readonly lineNumber?: (line: number) => number;
}

export interface SecretScanner {
  readonly push: (chunk: string) => void;
  /** Scans what is left and returns every finding. */
  readonly end: () => Annotation[];
}

function messageFor(span: SecretSpan, value: string): string {
  if (span.kind.startsWith('marker:')) return `a ${span.kind.slice(7)} was printed here and redacted before the log was stored; treat it as leaked: rotate it, and find what printed it`;
  if (span.kind === 'secret') return `a value Shopfloor holds as a secret appears here (${span.label}, ${value.length} chars, plain or encoded); treat it as leaked and rotate it`;
  return `${span.label} ${redactSecret(value)}; remove it, rotate it, and read it from the environment instead`;
}

/**
 * Scans a stream of text for secrets with constant memory: text is gathered into windows of 64 KB cut at
 * a line end, each window is scanned together with the tail of the one before (so a secret wrapped across
 * the cut is seen whole), and a finding already reported is not reported again.
 */
export function createSecretScanner(options: SecretScannerOptions): SecretScanner {
  const found: Annotation[] = [];
  let extra = 0;
  let buffer = '';
  /** Absolute offset and line number where `buffer` starts. */
  let bufferStart = 0;
  let bufferLine = 1;
  /** Absolute offset up to which text was scanned, and the end of the last reported span. */
  let scannedUntil = 0;
  let reportedUntil = 0;
  const report = (span: SecretSpan, text: string, line: number, column: number) => {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
    const lineEnd = text.indexOf('\n', span.start);
    const allowed = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).includes(allowMarker) && span.kind !== 'secret' && !span.kind.startsWith('marker:');
    const level = allowed || span.kind === 'url-password-local' ? ('warning' as const) : ('error' as const);
    if (found.length >= maxFindings) return void extra++;
    found.push({ path: options.path, line: options.lineNumber ? options.lineNumber(line) : line, column, level, title: allowed ? 'secret (marked allowed)' : 'secret', message: messageFor(span, text.slice(span.start, span.end)) });
  };
  const scan = (final: boolean) => {
    let cut = buffer.length;
    if (!final) {
      const lineEnd = buffer.lastIndexOf('\n');
      if (lineEnd > overlapChars) cut = lineEnd + 1;
    }
    const text = buffer.slice(0, cut);
    const spans = options.detect(text);
    if (options.markers) for (const match of text.matchAll(redactedMarker)) if (match[1] !== 'credential') spans.push({ start: match.index, end: match.index + match[0].length, kind: `marker:${match[1]}`, label: 'redacted secret' });
    spans.sort((a, b) => a.start - b.start);
    let line = bufferLine;
    let counted = 0;
    for (const span of spans) {
      if (span.kind === 'credential' || bufferStart + span.end <= scannedUntil || bufferStart + span.start < reportedUntil) continue;
      for (let at = text.indexOf('\n', counted); at >= 0 && at < span.start; at = text.indexOf('\n', at + 1)) {
        line++;
        counted = at + 1;
      }
      report(span, text, line, span.start - (text.lastIndexOf('\n', span.start - 1) + 1) + 1);
      reportedUntil = bufferStart + span.end;
    }
    scannedUntil = bufferStart + cut;
    // Keep the tail of what was scanned (from a line start when one is near) for the next window.
    let keep = Math.max(0, cut - overlapChars);
    const lineStart = text.indexOf('\n', keep);
    if (lineStart >= 0 && lineStart < cut - 1) keep = lineStart + 1;
    for (let at = text.indexOf('\n'); at >= 0 && at < keep; at = text.indexOf('\n', at + 1)) bufferLine++;
    bufferStart += keep;
    buffer = buffer.slice(keep);
  };
  return {
    push: (chunk) => {
      buffer += chunk;
      if (buffer.length >= windowChars + overlapChars) scan(false);
    },
    end: () => {
      scan(true);
      if (extra > 0) found.push({ path: options.path, line: 1, column: 1, level: 'error', title: 'secret', message: `${extra} more possible secret${extra === 1 ? '' : 's'} not listed` });
      return found;
    },
  };
}
