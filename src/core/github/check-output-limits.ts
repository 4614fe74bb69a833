/** GitHub's Checks API limits (REST OpenAPI `checks/create`). */
export const checkTextLimit = 65_535;
export const annotationsPerRequest = 50;

/** Text cut to GitHub's limit with a visible note, never mid surrogate pair. */
export function fitCheckText(text: string, max = checkTextLimit): string {
  if (text.length <= max) return text;
  const note = `\n\n… cut at ${max.toLocaleString('en-US')} characters (GitHub's check-run limit).`;
  let end = Math.max(0, max - note.length);
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + note;
}

/** Annotations in request-sized batches: the first rides on the create/update, the rest on further updates. */
export function batchAnnotations<T>(annotations: readonly T[], size = annotationsPerRequest): T[][] {
  const batches: T[][] = [];
  for (let at = 0; at < annotations.length; at += size) batches.push(annotations.slice(at, at + size));
  return batches;
}
