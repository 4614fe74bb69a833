/** Throwaway directories for probe worktrees; never inside the user's checkout. */
export interface ScratchSpace {
  /** A fresh empty directory whose name starts with `prefix`. */
  readonly makeDir: (prefix: string) => Promise<string>;
  /** Removes a directory made here, with everything in it. */
  readonly remove: (dir: string) => Promise<void>;
}
