/**
 * What a sandboxed process may reach: its work copy (read-write), the object stores that copy borrows
 * (read-only), and host paths the policy lists (read-only). Everything else on the host is absent.
 * An unsandboxed runner ignores it; the request's `cwd` must lie inside `root`.
 */
export interface ProcessBox {
  readonly root: string;
  readonly readOnly?: readonly string[];
  /** Paths inside `root` the process must not see (a checkout's `.git` and `.shopfloor`), masked when they exist. */
  readonly hide?: readonly string[];
  /** Network access; off unless the policy allows it for this kind of command. */
  readonly network?: boolean;
}

/** How a runner confines what it runs: `bubblewrap` (Linux namespaces) or `none`, with why. */
export type Isolation = { readonly mode: 'bubblewrap'; readonly version: string } | { readonly mode: 'none'; readonly reason: string };
