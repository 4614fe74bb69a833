import type { PatchOp } from './patch-types.ts';

export type OpsResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Applies text ops with a cursor that starts at 0: `retain n` moves it, `insert` adds text at it,
 * `delete n` removes n characters after it, `replace n` does both. Text after the last op is kept.
 * Counts are UTF-16 code units (JavaScript string length); an op may not split a surrogate pair.
 */
export function applyOps(text: string, ops: readonly PatchOp[]): OpsResult {
  const parts: string[] = [];
  let cursor = 0;
  for (const [index, op] of ops.entries()) {
    const where = `op ${index + 1} (${op.op})`;
    if (op.op === 'insert') {
      parts.push(op.text);
      continue;
    }
    const end = cursor + op.count;
    if (end > text.length) return { ok: false, reason: `${where} reaches character ${end} but the text has only ${text.length}` };
    if (splitsPair(text, end)) return { ok: false, reason: `${where} ends inside a surrogate pair at character ${end}` };
    if (op.op === 'retain') parts.push(text.slice(cursor, end));
    if (op.op === 'replace') parts.push(op.text);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return { ok: true, text: parts.join('') };
}

function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
