/** Counts the words of a text; a word is a run of letters or digits. */
export function wordCount(text) {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words ? words.length : 0;
}
