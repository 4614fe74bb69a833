import { createSecretDetector, type SecretDetectorOptions, type SecretSpan } from './secret-detector.ts';

/** Replaces secrets in any text that leaves the runtime. */
export type Redactor = (text: string) => string;

/** What a redacted secret becomes; the `secrets` gate reads these markers back out of stored logs. */
export function redactionMarker(kind: string): string {
  return `[REDACTED:${kind}]`;
}

/** `text` with each span replaced by its marker. Spans must be sorted and disjoint (as a detector returns them). */
export function applySpans(text: string, spans: readonly SecretSpan[]): string {
  let out = '';
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + redactionMarker(span.kind);
    last = span.end;
  }
  return out + text.slice(last);
}

/**
 * Builds a redactor for the given secret values (values under 8 characters are ignored: they would redact
 * ordinary words) and for secrets nobody announced. Every form the detector knows is caught: plain, base64
 * (any alignment, standard and url-safe, once and twice), URL-encoded, JSON-escaped, hex, reversed,
 * wrapped across lines; token shapes, private keys (PEM blocks and bare DER bodies), URL passwords,
 * high-entropy assignments. `credentials` are values a command was handed on purpose; they are hidden
 * as `[REDACTED:credential]` so a reader (the `secrets` gate) can tell them from a leak.
 */
export function createRedactor(secrets: readonly string[], options: Pick<SecretDetectorOptions, 'credentials'> = {}): Redactor {
  const detect = createSecretDetector({ secrets, ...options });
  return (text) => applySpans(text, detect(text));
}
