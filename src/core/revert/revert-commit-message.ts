/** The trailer that marks Shopfloor's own revert commits (the ledger counts them; a revert of a revert is refused). */
export const revertTrailer = 'Shopfloor-Revert';

/** A revert commit's message, as `git revert` words it, plus the trailer. */
export function renderRevertCommitMessage(subject: string, sha: string): string {
  return `Revert "${subject}"\n\nThis reverts commit ${sha}.\n\n${revertTrailer}: ${sha}\n`;
}
