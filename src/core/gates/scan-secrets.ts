import type { Annotation } from './gate-spec.ts';

/** Token shapes with a fixed prefix; a match is a secret whatever its entropy. */
export const secretPatterns = [
  { name: 'GitHub token', pattern: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g },
  { name: 'GitHub fine-grained token', pattern: /\b(github_pat_[A-Za-z0-9_]{60,255})\b/g },
  { name: 'AWS access key id', pattern: /\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/g },
  { name: 'Slack token', pattern: /\b(xox[abprs]-[A-Za-z0-9-]{10,})\b/g },
  { name: 'private key', pattern: /(-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----)/g },
  { name: 'OpenAI key', pattern: /\b(sk-(?:proj-)?[A-Za-z0-9_-]{32,})\b/g },
  { name: 'Google API key', pattern: /\b(AIza[0-9A-Za-z_-]{35})\b/g },
  { name: 'npm token', pattern: /\b(npm_[A-Za-z0-9]{36})\b/g },
  { name: 'JSON web token', pattern: /\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b/g },
] as const;

const assignment = /\b([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?)["']?\s*[:=]\s*["']?([A-Za-z0-9+/_=.-]{16,})/gi;

/** A line carrying this marker is a known fake (a test fixture); like gitleaks' `gitleaks:allow`. */
export const allowMarker = 'shopfloor:allow-secret';

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) bits -= (count / text.length) * Math.log2(count / text.length);
  return bits;
}

/** Shows enough to find the value, never enough to use it. */
export function redactSecret(value: string): string {
  return value.length <= 8 ? '****' : `${value.slice(0, 4)}…(${value.length} chars)`;
}

export interface ScannedText {
  readonly path: string;
  readonly text: string;
  /** Line number of the text's first line in the file (diff hunks start mid-file). */
  readonly lineOffset?: number;
}

/**
 * Secrets in texts (added diff lines, gate logs): known token shapes, and assignments to secret-looking
 * names whose value is high-entropy (≥ 3.5 bits/char, so `password = changeme-please` passes). Lines
 * marked `shopfloor:allow-secret` give warnings instead of errors. The annotation never carries the secret itself.
 */
export function scanSecrets(texts: readonly ScannedText[]): Annotation[] {
  const found: Annotation[] = [];
  for (const { path, text, lineOffset = 1 } of texts) {
    text.split('\n').forEach((line, index) => {
      // A marked line still shows up, as a warning, so a smuggled real secret stays visible to a reviewer.
      const allowed = line.includes(allowMarker);
      const at = { path, line: index + lineOffset, level: allowed ? ('warning' as const) : ('error' as const), title: allowed ? 'secret (marked allowed)' : 'secret' };
      const hits = new Set<string>();
      for (const { name, pattern } of secretPatterns) {
        for (const match of line.matchAll(pattern)) {
          hits.add(match[1]!);
          found.push({ ...at, column: (match.index ?? 0) + 1, message: `${name} ${redactSecret(match[1]!)}; remove it, rotate it, and read it from the environment instead` });
        }
      }
      for (const match of line.matchAll(assignment)) {
        const value = match[2]!;
        if ([...hits].some((hit) => hit.includes(value) || value.includes(hit))) continue;
        if (shannonEntropy(value) < 3.5 || /^\$\{?\w+\}?$/.test(value) || /^[a-z]+(?:[._-][a-z]+)*$/.test(value)) continue;
        found.push({ ...at, column: (match.index ?? 0) + 1, message: `"${match[1]}" is assigned a high-entropy value ${redactSecret(value)}; if it is a credential, remove it and rotate it` });
      }
    });
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
