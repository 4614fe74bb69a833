/** A commit as git describes it: its id, its tree and its parents in order. */
export interface CommitFacts {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
}

export type ReportCommitMatch =
  | { readonly ok: true; readonly how: 'head' | 'same-tree-and-parents' }
  | { readonly ok: false; readonly reason: string };

const fullSha = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** Whether `value` is a full 40- or 64-digit object id; anything shorter is ambiguous and refused. */
export function isFullSha(value: string): boolean {
  return fullSha.test(value);
}

/**
 * Whether a signed report holds for `commit`: it is the report's head, or (a landed merge commit whose
 * message only adds the `Report-Digest` trailer) it has the very tree and parents of the head the
 * report signed. A tree id or a short prefix never matches. `signedHead` is the report's head commit as
 * this repository has it, when it has it.
 */
export function matchReportCommit(report: { readonly head: string; readonly tree: string }, commit: CommitFacts, signedHead: CommitFacts | undefined): ReportCommitMatch {
  if (!isFullSha(commit.sha)) return { ok: false, reason: `"${commit.sha}" is not a full commit SHA; give all 40 hex digits (or a ref such as HEAD)` };
  if (commit.sha === report.head) return { ok: true, how: 'head' };
  const other = `the report proves head ${report.head}, not ${commit.sha}`;
  if (commit.tree !== report.tree) return { ok: false, reason: `${other}, and ${commit.sha.slice(0, 12)} has another tree (${commit.tree.slice(0, 12)}, not ${report.tree.slice(0, 12)}); a report proves nothing about any other tree` };
  if (!signedHead) return { ok: false, reason: `${other}; its tree matches, but the signed head commit is not in this repository, so its parents cannot be compared (fetch it, or verify by the head SHA)` };
  if (signedHead.parents.join(' ') !== commit.parents.join(' ')) return { ok: false, reason: `${other}; the tree matches but the parents differ (${commit.parents.map((p) => p.slice(0, 12)).join(', ') || 'none'} vs ${signedHead.parents.map((p) => p.slice(0, 12)).join(', ') || 'none'}), so it is not the verified merge` };
  return { ok: true, how: 'same-tree-and-parents' };
}
