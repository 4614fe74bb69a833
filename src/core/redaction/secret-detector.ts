import { compactView } from './compact-view.ts';
import { findEncodedSecrets } from './encoded-runs.ts';
import { findContextSecrets } from './line-secret-rules.ts';
import { secretForms } from './secret-forms.ts';
import { matchTokenShapes, matchReversedTokenShapes } from './token-shapes.ts';

/** A secret found in a text: raw offsets (a wrapped one spans its line breaks), a marker kind and a label. */
export interface SecretSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly label: string;
}

/** Finds secrets in a piece of text; pure and reusable across pieces. */
export type SecretDetector = (text: string) => SecretSpan[];

export interface SecretDetectorOptions {
  /** Values the process knows and nobody may print: tokens, keys, planted canaries. */
  readonly secrets?: readonly string[];
  /** Values a command was handed on purpose (a gate's allowlisted credential): hidden, marked `credential`. */
  readonly credentials?: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function formsPattern(values: readonly string[]): RegExp | undefined {
  const forms = secretForms(values);
  return forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : undefined;
}

const weakKinds = new Set(['assigned-secret', 'url-password-local']);
const rank = (kind: string) => (kind === 'secret' ? 3 : kind === 'credential' ? 0 : weakKinds.has(kind) ? 1 : 2);

/**
 * Overlapping spans become one, named after the strongest: a known secret outranks a shape, which outranks
 * a guess from context, which outranks a handed-over credential, so a leak is never excused as something milder.
 */
export function mergeSpans(spans: readonly SecretSpan[]): SecretSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SecretSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      merged[merged.length - 1] = { ...(rank(span.kind) > rank(last.kind) ? span : last), start: last.start, end: Math.max(last.end, span.end) };
    } else merged.push(span);
  }
  return merged;
}

/**
 * Builds a detector for known values (every form `secretForms` lists) and for secrets nobody announced:
 * token shapes, private-key DER bodies, context rules. Shapes and values are searched in the text with
 * its line breaks taken out (so wrapped ones are found), reversed, and inside base64 and hex runs.
 */
export function createSecretDetector(options: SecretDetectorOptions = {}): SecretDetector {
  const known = formsPattern(options.secrets ?? []);
  const handed = formsPattern(options.credentials ?? []);
  return (text) => {
    const spans: SecretSpan[] = [...findContextSecrets(text)];
    const view = compactView(text);
    const compact = view.text;
    const found: SecretSpan[] = [];
    if (known) for (const match of compact.matchAll(known)) found.push({ start: match.index, end: match.index + match[0].length, kind: 'secret', label: 'known secret value' });
    if (handed) for (const match of compact.matchAll(handed)) found.push({ start: match.index, end: match.index + match[0].length, kind: 'credential', label: 'credential handed to the command' });
    for (const [start, end, shape] of matchTokenShapes(compact)) found.push({ start, end, kind: shape.kind, label: shape.label });
    for (const [start, end, shape] of matchReversedTokenShapes(compact)) found.push({ start, end, kind: shape.kind, label: `reversed ${shape.label}` });
    found.push(...findEncodedSecrets(compact));
    for (const span of found) spans.push({ ...span, start: view.rawIndex(span.start), end: view.rawIndex(span.end - 1) + 1 });
    return mergeSpans(spans);
  };
}
