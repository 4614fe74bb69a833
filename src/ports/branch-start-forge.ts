/**
 * One file at the default branch's head as the forge handed it out: its text, or why it has none that
 * can be trusted whole (binary, or cut short by the forge); undefined when the path holds no file.
 */
export type HeadFile = { readonly text: string } | { readonly unreadable: string };

/** The default branch as one read saw it: its head commit, that commit's tree and one file in it. */
export interface DefaultBranchHead {
  /** The default branch's name now (it may differ from what an older event payload said). */
  readonly name: string;
  readonly sha: string;
  readonly treeSha: string;
  /** The repository's GraphQL node id (what a ref creation names the repository by). */
  readonly repositoryNodeId: string;
  readonly file: HeadFile | undefined;
}

/** A new branch with one file committed on it. */
export interface BranchWithFileSpec {
  readonly repositoryNodeId: string;
  readonly branch: string;
  /** Where the branch starts; the commit is made only while the branch is still there. */
  readonly fromSha: string;
  readonly path: string;
  readonly content: string;
  /**
   * The commit message (subject, blank line, body). Name the writer in it: a start that finds the branch
   * at a commit with this very message counts that commit as its own (after a lost answer), not as an
   * earlier start's.
   */
  readonly message: string;
}

/** The branch's work order commit; `created` as in `Ensured` (forge.ts): false when an earlier writer's commit was found. */
export interface BranchWithFile {
  readonly created: boolean;
  readonly value: { readonly commitSha: string };
}

/** What starting an agent branch asks of the forge, each step in as few calls as it allows. */
export interface BranchStartForge {
  /** The default branch's head, tree and the file at `path` there, read together (so all three agree); undefined for a repository with no commits. */
  readonly readDefaultBranchHead: (repo: string, path: string) => Promise<DefaultBranchHead | undefined>;
  /**
   * The branch at `fromSha` with the file committed on it. `created: false` when an earlier start made
   * that branch and its file already has this content (nothing written: that start may have acted on it);
   * a commit this very write made (its message matches) is `created: true` even when its answer was lost.
   */
  readonly ensureBranchWithFile: (repo: string, spec: BranchWithFileSpec) => Promise<BranchWithFile>;
}
