/**
 * Verifies a change with the repository's gates, in a work tree that already holds `head`. The simple
 * adapter runs the policy gates in order; the full verify workflow (reports, caching) replaces it.
 */
export interface GateVerifier {
  readonly verify: (input: { readonly repoDir: string; readonly base: string; readonly head: string }) => Promise<{ readonly passed: boolean; readonly summary: string }>;
}
