/** The outcome of a workspace operation; a refusal or a missing file is data the model reads. */
export type WorkspaceResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string; readonly refused?: boolean };

/**
 * The files an agent works on, all paths repository-relative. Every method enforces the path guard and the
 * real-path check (no symlink or junction out of the tree) itself, so no caller can forget it.
 */
export interface AgentWorkspace {
  readonly root: string;
  readonly listFiles: (path: string | undefined) => Promise<WorkspaceResult<readonly string[]>>;
  readonly readFile: (path: string) => Promise<WorkspaceResult<string>>;
  readonly searchText: (query: string, path: string | undefined) => Promise<WorkspaceResult<readonly string[]>>;
  readonly writeFile: (path: string, content: string) => Promise<WorkspaceResult<{ readonly bytes: number }>>;
  readonly editFile: (path: string, search: string, replace: string) => Promise<WorkspaceResult<{ readonly bytes: number }>>;
}
