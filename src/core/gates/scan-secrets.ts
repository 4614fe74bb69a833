import { createSecretDetector, type SecretDetector } from '../redaction/secret-detector.ts';
import { createSecretScanner } from './secret-scanner.ts';
import type { Annotation } from './gate-spec.ts';

export { allowMarker, redactSecret } from './secret-scanner.ts';
export { shannonEntropy } from '../redaction/shannon-entropy.ts';

export interface ScannedText {
  readonly path: string;
  readonly text: string;
  /** Line number of the text's first line in the file (diff hunks start mid-file). */
  readonly lineOffset?: number;
}

/**
 * Secrets in texts (added diff lines): token shapes (also wrapped, reversed, base64 and hex), private
 * keys, URL passwords, high-entropy assignments, and the known values `detect` was built with in any
 * form. Consecutive texts of one path are read as one stream, so a value wrapped across added lines is
 * found. Lines marked `shopfloor:allow-secret` give warnings instead of errors (never for a known value).
 * The annotation never carries the secret itself.
 */
export function scanSecrets(texts: readonly ScannedText[], detect: SecretDetector = createSecretDetector()): Annotation[] {
  const found: Annotation[] = [];
  let index = 0;
  while (index < texts.length) {
    const path = texts[index]!.path;
    const lineNumbers: number[] = [];
    const scanner = createSecretScanner({ path, detect, lineNumber: (line) => lineNumbers[line - 1] ?? line });
    for (; index < texts.length && texts[index]!.path === path; index++) {
      const { text, lineOffset = 1 } = texts[index]!;
      text.split('\n').forEach((line, offset) => {
        lineNumbers.push(lineOffset + offset);
        scanner.push(`${line}\n`);
      });
    }
    found.push(...scanner.end());
  }
  return found;
}

/** Added lines of a unified diff (`git diff -U0`), grouped per file with their line numbers. */
export function addedLines(unifiedDiff: string): ScannedText[] {
  const texts: ScannedText[] = [];
  let file: string | undefined;
  let line = 0;
  for (const row of unifiedDiff.split('\n')) {
    if (row.startsWith('+++ ')) {
      file = row.slice(4).replace(/^b\//, '');
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (file && file !== '/dev/null' && row.startsWith('+')) texts.push({ path: file, text: row.slice(1), lineOffset: line++ });
  }
  return texts;
}
