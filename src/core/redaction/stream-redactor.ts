import { applySpans } from './redact-secrets.ts';
import type { SecretDetector } from './secret-detector.ts';

/** Text held back so a secret that began near the end of what was released is always seen whole. */
const holdBackChars = 4096;
/** Text gathered before a release, so the held-back tail is scanned a few times at most. */
const batchChars = 16384;
/** A span still open past this much pending text (a PEM block that never ends) is released redacted. */
const maxPendingChars = 1024 * 1024;

export interface StreamRedactor {
  /** Takes the next chunk; returns redacted text that is now safe to release (often empty). */
  readonly push: (chunk: string) => string;
  /** Releases the rest at the end of the stream. */
  readonly flush: () => string;
}

/**
 * Redacts a stream of text (live process output) with constant memory. The last few KB stay held back
 * so a secret split across chunks or lines is seen whole before anything around it is released, and a
 * release never cuts through a secret: the cut moves back to where it starts.
 */
export function createStreamRedactor(detect: SecretDetector): StreamRedactor {
  let pending = '';
  const release = (final: boolean): string => {
    const spans = detect(pending);
    let cut = pending.length;
    if (!final) {
      cut -= holdBackChars;
      const lineEnd = pending.lastIndexOf('\n', cut - 1);
      // Release whole lines when one ends nearby; never so little that the next push rescans everything.
      if (lineEnd >= cut - batchChars / 2) cut = lineEnd + 1;
      const open = spans.find((span) => span.start < cut && span.end > cut);
      if (open) cut = pending.length > maxPendingChars ? open.end : open.start;
    }
    const out = applySpans(pending.slice(0, cut), spans.filter((span) => span.end <= cut));
    pending = pending.slice(cut);
    return out;
  };
  return {
    push: (chunk) => {
      pending += chunk;
      return pending.length >= holdBackChars + batchChars ? release(false) : '';
    },
    flush: () => release(true),
  };
}
