/** Text with its line breaks (and the whitespace around them) taken out, and the way back to raw offsets. */
export interface CompactView {
  readonly text: string;
  /** Raw offset of the character at compact offset `index`. */
  readonly rawIndex: (index: number) => number;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * Joins wrapped lines so that a token split across lines (a terminal wrap, base64 at 76 columns, a hostile
 * `fold -w 8`) reads as one run again. Ordinary prose gets glued words, which only matters for shapes
 * nobody writes by accident.
 */
export function compactView(raw: string): CompactView {
  const compactStarts: number[] = [0];
  const rawStarts: number[] = [0];
  const pieces: string[] = [];
  let last = 0;
  let length = 0;
  for (let newline = raw.indexOf('\n'); newline >= 0; newline = raw.indexOf('\n', newline + 1)) {
    if (newline < last) continue;
    let from = newline;
    while (from > last && isSpace(raw.charCodeAt(from - 1)) && raw.charCodeAt(from - 1) !== 10) from--;
    let to = newline + 1;
    while (to < raw.length && isSpace(raw.charCodeAt(to))) to++;
    pieces.push(raw.slice(last, from));
    length += from - last;
    last = to;
    compactStarts.push(length);
    rawStarts.push(last);
  }
  pieces.push(raw.slice(last));
  const rawIndex = (index: number): number => {
    let low = 0;
    let high = compactStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (compactStarts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return rawStarts[low]! + (index - compactStarts[low]!);
  };
  return { text: pieces.join(''), rawIndex };
}
