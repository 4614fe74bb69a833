/** A credential shape recognised by its fixed prefix, whatever its value. */
export interface TokenShape {
  /** Short id used in redaction markers (`[REDACTED:<kind>]`). */
  readonly kind: string;
  /** What a user reads in a finding. */
  readonly label: string;
  readonly pattern: RegExp;
  /** The shape's prefix spelled backwards, to find reversed tokens without reversing the whole text. */
  readonly reversedPrefix: RegExp;
}

/**
 * Token shapes with a fixed prefix. No trailing `\b`: `_` is a word character, so `ghp_<36>_x` would
 * slip past one. No leading guard on distinctive prefixes either: in text whose line breaks were taken
 * out, a wrapped token is glued to the word before it. Short prefixes (`sk-`, `AKIA`) keep a guard.
 */
export const tokenShapes: readonly TokenShape[] = [
  { kind: 'github-token', label: 'GitHub token', pattern: /gh[pousr]_[A-Za-z0-9]{20,255}/g, reversedPrefix: /_[pousr]hg/g },
  { kind: 'github-pat', label: 'GitHub fine-grained token', pattern: /github_pat_[A-Za-z0-9_]{22,255}/g, reversedPrefix: /_tap_buhtig/g },
  { kind: 'api-key', label: 'OpenAI or Anthropic key', pattern: /(?<![A-Za-z0-9])sk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{20,}/g, reversedPrefix: /-ks(?![A-Za-z0-9])/g },
  { kind: 'aws-access-key', label: 'AWS access key id', pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}(?![A-Z0-9])/g, reversedPrefix: /(?:AIKA|AISA|APGA|ADIA|AORA)(?![A-Z0-9])/g },
  { kind: 'slack-token', label: 'Slack token', pattern: /xox[abposr]-[A-Za-z0-9-]{10,}/g, reversedPrefix: /-[abposr]xox/g },
  { kind: 'google-api-key', label: 'Google API key', pattern: /AIza[0-9A-Za-z_-]{35}/g, reversedPrefix: /azIA/g },
  { kind: 'npm-token', label: 'npm token', pattern: /npm_[A-Za-z0-9]{36}/g, reversedPrefix: /_mpn/g },
  { kind: 'jwt', label: 'JSON web token', pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, reversedPrefix: /Jye/g },
  { kind: 'private-key', label: 'private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g, reversedPrefix: /NIGEB-----/g },
];

/** The longest a token shape is matched; a reversed token is looked for this far before its prefix. */
const maxTokenChars = 1024;

/** Every match of every shape in `text`, as `[start, end, shape]`. */
export function matchTokenShapes(text: string): (readonly [number, number, TokenShape])[] {
  const found: (readonly [number, number, TokenShape])[] = [];
  for (const shape of tokenShapes) {
    for (const match of text.matchAll(shape.pattern)) found.push([match.index, match.index + match[0].length, shape]);
  }
  return found;
}

/**
 * Every shape written backwards (`…_phg`), as offsets in `text`. Only the stretch before each reversed
 * prefix is reversed and matched, so the cost follows the prefixes found, not the text's length.
 */
export function matchReversedTokenShapes(text: string): (readonly [number, number, TokenShape])[] {
  const found: (readonly [number, number, TokenShape])[] = [];
  for (const shape of tokenShapes) {
    for (const anchor of text.matchAll(shape.reversedPrefix)) {
      const end = anchor.index + anchor[0].length;
      const from = Math.max(0, end - maxTokenChars);
      const backwards = text.slice(from, end).split('').reverse().join('');
      shape.pattern.lastIndex = 0;
      const match = shape.pattern.exec(backwards);
      if (match?.index === 0) found.push([end - match[0].length, end, shape]);
    }
    shape.pattern.lastIndex = 0;
  }
  return found;
}

/** Shapes written forwards or backwards. */
export function matchTokenShapesBothWays(text: string): (readonly [number, number, TokenShape])[] {
  return [...matchTokenShapes(text), ...matchReversedTokenShapes(text)];
}
