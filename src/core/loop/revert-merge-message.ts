/**
 * The message of the merge that lands a revert branch on main. It names the reverted merge in a
 * `Reverts:` trailer (what `readLoopFacts` reads) and no `Work-Order:` trailer, so the revert never
 * counts as a work order merged.
 */
export function renderRevertMergeMessage(input: { readonly culprit: string; readonly subject: string; readonly branch: string; readonly reportDigest: string }): string {
  const subject = `Revert "${input.subject}"`.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 120);
  return `${subject}\n\nReverts: ${input.culprit}\nReport-Digest: ${input.reportDigest}\nAgent-Branch: ${input.branch}\n`;
}
