/** The first-parent walk from a red commit back to last-known-good. */
export interface SuspectWalk<T> {
  /** First-parent commits after `good` up to and including `red`, newest first. */
  readonly suspects: readonly T[];
  /** False when the walk left the listed commits before reaching `good` (the compare list was cut). */
  readonly complete: boolean;
}

/**
 * The merges that may have turned the canary red: follow `parents[0]` from `red` until `good`, through
 * the commits a compare listed. Commits brought in by a merge's second parent are never suspects on
 * their own: each merge is judged as a whole (git bisect --first-parent).
 */
export function firstParentSuspects<T extends { readonly sha: string; readonly parents: readonly string[] }>(red: string, good: string, commits: readonly T[]): SuspectWalk<T> {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const suspects: T[] = [];
  let at: string | undefined = red;
  while (at && at !== good) {
    const commit = bySha.get(at);
    if (!commit || suspects.includes(commit)) return { suspects, complete: false };
    suspects.push(commit);
    at = commit.parents[0];
  }
  return { suspects, complete: at === good };
}
