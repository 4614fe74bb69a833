/** What the sanitizer took out, by kind, so an approver sees that something was hidden. */
export interface SanitizedText {
  readonly text: string;
  /** Hex sha256 of `text`: exactly what the model reads. */
  readonly sha256: string;
  readonly removed: readonly { readonly kind: HiddenKind; readonly count: number }[];
}

export type HiddenKind = 'html-comment' | 'invisible-character' | 'bidi-control' | 'unicode-tag' | 'variation-selector' | 'image-alt-text' | 'hidden-html' | 'link-reference-comment' | 'html-entity';

/** Removal passes in order: entities first so `&#60;!--` cannot smuggle a comment past the comment pass. */
const passes: readonly (readonly [HiddenKind, RegExp, string])[] = [
  ['html-comment', /<!--[\s\S]*?(?:-->|$)/g, ''],
  ['hidden-html', /<([a-z][a-z0-9]*)\b[^>]*\b(?:hidden|aria-hidden\s*=\s*["']?true|style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0)[^"']*["'])[^>]*>[\s\S]*?<\/\1\s*>/gi, ''],
  ['image-alt-text', /!\[[^\]]+\]\(/g, '![]('],
  ['image-alt-text', /(<img\b[^>]*?)\s(?:alt|title)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '$1'],
  ['link-reference-comment', /^[ \t]{0,3}\[[^\]\n]*\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm, ''],
  ['bidi-control', /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, ''],
  ['unicode-tag', /[\u{E0000}-\u{E007F}]/gu, ''],
  ['variation-selector', /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu, ''],
  ['invisible-character', /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5]/g, ''],
];

function decodeEntities(text: string): { text: string; count: number } {
  let count = 0;
  const decoded = text.replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi, (whole, hex: string | undefined, dec: string | undefined) => {
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    if (!Number.isFinite(code) || code > 0x10ffff) return whole;
    count++;
    return String.fromCodePoint(code);
  });
  const named = decoded.replace(/&(lt|gt|amp|quot|apos|nbsp|zwj|zwnj|shy|lrm|rlm);/gi, (_whole, name: string) => {
    count++;
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', zwj: '\u200D', zwnj: '\u200C', shy: '\u00AD', lrm: '\u200E', rlm: '\u200F' } as Record<string, string>)[name.toLowerCase()]!;
  });
  return { text: named, count };
}

/**
 * Strips what a human reviewer cannot see but a model reads: HTML comments, hidden elements, image alt
 * text, link-reference "comments", zero-width, bidi, Unicode tag and variation-selector characters.
 * The result's hash is recorded so an approver can check exactly what the model read. Hashing is I/O-free
 * but needs a digest, so the caller passes one in (node:crypto in an adapter).
 */
export function sanitizeUntrustedText(input: string, sha256: (text: string) => string): SanitizedText {
  const counts = new Map<HiddenKind, number>();
  const bump = (kind: HiddenKind, by: number) => by > 0 && counts.set(kind, (counts.get(kind) ?? 0) + by);
  let text = input.normalize('NFC');
  // Repeat until stable: removing one construct can join the halves of another (`<!<!---->--`).
  for (let round = 0; round < 5; round++) {
    const before = text;
    const entities = decodeEntities(text);
    bump('html-entity', entities.count);
    text = entities.text;
    for (const [kind, pattern, replacement] of passes) {
      const matches = text.match(pattern)?.length ?? 0;
      bump(kind, matches);
      text = text.replace(pattern, replacement);
    }
    if (text === before) break;
  }
  text = text.replace(/\n{3,}/g, '\n\n').trim();
  return { text, sha256: sha256(text), removed: [...counts].map(([kind, count]) => ({ kind, count })) };
}
