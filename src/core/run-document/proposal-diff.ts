export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/**
 * Line diff of a proposal against the canon it would replace: the common head and tail are `same`, the
 * middle is `removed` canon lines then `added` proposal lines. Linear time, which is what a live view
 * of a growing document needs; proposals are mostly appends and local rewrites, where this is exact.
 */
export function diffProposal(canon: string, proposal: string): DiffLine[] {
  const before = splitLines(canon);
  const after = splitLines(proposal);
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const same = (text: string): DiffLine => ({ kind: 'same', text });
  return [
    ...before.slice(0, head).map(same),
    ...before.slice(head, before.length - tail).map((text): DiffLine => ({ kind: 'removed', text })),
    ...after.slice(head, after.length - tail).map((text): DiffLine => ({ kind: 'added', text })),
    ...before.slice(before.length - tail).map(same),
  ];
}

/** Lines of a text; a final newline ends the last line rather than starting an empty one. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
