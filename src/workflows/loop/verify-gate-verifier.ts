import type { Policy } from '../../core/policy/policy-schema.ts';
import type { GateVerifier } from '../../ports/gate-verifier.ts';
import { verifyChange } from '../verify/verify-change.ts';
import type { VerifyBase } from './loop-types.ts';

/**
 * The `GateVerifier` a revert runs through, backed by the full `verifyChange`: the policy gates as a
 * DAG plus the built-ins (scope, secrets, dependencies), a signed report in the artifact store, and
 * (with `noteRef`) the report as a git note on the verified commit. `onReport` hears each digest.
 */
export function createVerifyGateVerifier(input: {
  readonly verify: VerifyBase;
  readonly policy: Policy;
  readonly policyText: string;
  readonly scratchDir: string;
  readonly runId: () => string;
  readonly noteRef?: string;
  readonly signal?: AbortSignal;
  readonly onReport?: (report: { readonly digest: string; readonly path: string; readonly head: string }) => void;
}): (worktree: string) => GateVerifier {
  return (worktree) => ({
    verify: async ({ base, head }) => {
      const result = await verifyChange({
        ...input.verify, repoDir: worktree, base, head, policy: input.policy, policyFile: '.github/shopfloor.yml', policyText: input.policyText,
        runId: input.runId(), scratchDir: input.scratchDir, ...(input.noteRef ? { noteRef: input.noteRef } : {}), ...(input.signal ? { signal: input.signal } : {}),
      });
      input.onReport?.({ digest: result.reportDigest, path: result.reportPath, head: result.report.head });
      const summary = result.report.gates.map((gate) => `${gate.id} ${gate.status}`).join(', ');
      // A failed verdict says why, not only which gates ran: a required gate that never ran is a reason too.
      const why = result.passed ? '' : ` (${result.report.verdict.reasons.join('; ')})`;
      return { passed: result.passed, summary: `${summary}${why}; report ${result.reportDigest.slice(0, 19)}…${result.report.signature ? ' signed' : ' unsigned'}` };
    },
  });
}
