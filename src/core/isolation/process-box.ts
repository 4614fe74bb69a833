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
  /**
   * With `network`, the only hosts the process may reach (`agents.network.allow` entries). A runner that
   * can filter by host (bubblewrap, through its allowlist proxy) enforces it; the others ignore it, and
   * the caller says so.
   */
  readonly allowHosts?: readonly string[];
}

/**
 * How a runner confines what it runs: `bubblewrap` (Linux namespaces), `windows-job` (shopfloor-box.exe:
 * a job object that ends the whole tree, running as a Low-integrity restricted token or a dedicated
 * account), or `none`, with why.
 */
export type Isolation =
  | { readonly mode: 'bubblewrap'; readonly version: string }
  | { readonly mode: 'windows-job'; readonly version: string; readonly identity: 'restricted-token' | 'account' }
  | { readonly mode: 'none'; readonly reason: string };

/** The box in a few words, for run documents and messages ("bubblewrap 0.8.0"); undefined for none. */
export function boxName(isolation: Isolation): string | undefined {
  if (isolation.mode === 'bubblewrap') return `bubblewrap ${isolation.version}`;
  if (isolation.mode === 'windows-job') return `shopfloor-box ${isolation.version} (a Windows job object, ${isolation.identity === 'account' ? 'as a dedicated low-privilege account' : 'as a Low-integrity restricted token'})`;
  return undefined;
}
