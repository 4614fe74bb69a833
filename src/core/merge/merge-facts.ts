import type { GitChange } from '../git/git-types.ts';

export type GateStatus = 'pass' | 'fail' | 'flaky' | 'error' | 'skipped' | 'cached';

/** What a verified VerificationReport proves, as the merge decision needs it. */
export interface ReportFacts {
  /** The signature checked out against a signer the policy trusts. */
  readonly trusted: boolean;
  readonly headSha: string;
  readonly baseSha: string;
  readonly workOrderHash: string;
  readonly digest: string;
  /** `required: false` on a built-in gate: the signed report waived it (a refused change dropped by policy or decision). */
  readonly gates: readonly { readonly id: string; readonly status: GateStatus; readonly required?: boolean }[];
}

/** An approval, always bound to the head SHA it was given for; a push voids it. */
export interface ApprovalFact {
  readonly user: string;
  readonly sha: string;
  readonly permission: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
}

/** Everything the merge decision looks at; gathered by a workflow, judged by pure code. */
export interface MergeFacts {
  readonly workOrderId: string;
  readonly workOrderKind: string;
  readonly workOrderHash: string;
  readonly headSha: string;
  readonly mainSha: string;
  readonly report: ReportFacts | undefined;
  readonly changes: readonly GitChange[];
  /** True when package.json `scripts` (or another install-time hook) changed. */
  readonly packageScriptsChanged: boolean;
  readonly approvals: readonly ApprovalFact[];
  /** Who asked for the work and which identity did it; neither may approve it. */
  readonly requester: string | undefined;
  readonly agentActor: string | undefined;
  /** Active holds (a `/shopfloor hold`, a blocking label). */
  readonly holds: readonly string[];
  /** Gate ids the work order's acceptance commands became (`acceptance:<name>`). */
  readonly acceptanceGates: readonly string[];
}
