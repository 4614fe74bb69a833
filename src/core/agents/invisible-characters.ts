/** Why a character cannot be seen. */
export type InvisibleKind = 'bidi-control' | 'unicode-tag' | 'variation-selector' | 'invisible-character';

const bidi = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const tag = /[\u{E0000}-\u{E007F}]/u;
const variation = /[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/**
 * Every character a reader cannot see: Unicode's format characters (`Cf`: zero-width, bidi controls, the
 * tag block, U+206A–206F, U+1D173–1D17A, U+1BCA0–1BCA3, …), everything Unicode declares
 * `Default_Ignorable_Code_Point` (variation selectors, fillers, unassigned ignorables), and control
 * characters other than tab and line breaks. Taken from the Unicode properties, not a hand list, so new
 * ones are covered as the runtime's Unicode data grows.
 */
const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;
const kept = new Set(['\t', '\n', '\r']);

/** Removes invisible characters; counts them by kind. */
export function removeInvisibleCharacters(text: string, count: (kind: InvisibleKind) => void): string {
  return text.replace(invisible, (char) => {
    if (kept.has(char)) return char;
    count(bidi.test(char) ? 'bidi-control' : tag.test(char) ? 'unicode-tag' : variation.test(char) ? 'variation-selector' : 'invisible-character');
    return '';
  });
}
