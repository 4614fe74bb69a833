/**
 * A rendered run-document comment (see `renderRunComment`) marked cancelled: the status heading says
 * Cancelled and the revision line moves up by one with the reason, as a status patch would (revisions
 * never go down). Undefined when the body is not in that shape, so nothing foreign is rewritten.
 */
export function markRunCommentCancelled(body: string, detail: string): string | undefined {
  const lines = body.split('\n');
  const heading = /^### [^:]+: (.*)$/.exec(lines[1] ?? '');
  const revision = /^Revision (\d+)(?: — .*)?$/.exec(lines[3] ?? '');
  if (!lines[0]?.startsWith('<!-- shopfloor:run-document run=') || !heading || !revision) return undefined;
  if (lines[1]!.startsWith('### ⛔ Cancelled: ')) return body;
  const reason = detail.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  lines[1] = `### ⛔ Cancelled: ${heading[1]}`;
  lines[3] = `Revision ${Number(revision[1]) + 1} — ${reason}`;
  return lines.join('\n');
}
