import type { GitChange } from '../git/git-types.ts';

export type GateStatus = 'pass' | 'fail' | 'flaky' | 'error' | 'skipped' | 'cached';

/** What a verified VerificationReport proves, as the merge decision needs it. */
export interface ReportFacts {
  /** The signature checked out against a signer the policy trusts. */
  readonly trusted: boolean;
  readonly headSha: string;
  readonly baseSha: string;
  /** The work order the report names (`undefined`: it names none, e.g. verify ran without `work-order`). */
  readonly workOrderId?: string | undefined;
  readonly workOrderHash: string;
  readonly digest: string;
  /** The report's own verdict (every required gate passed); absent where the caller judges gates itself. */
  readonly passed?: boolean;
  /** `required: false` on a built-in gate: the signed report waived it (a refused change dropped by policy or decision). */
  /** `why`: a failing gate's reason and first error, said in its hold (see `gateWhy`). */
  readonly gates: readonly {
    readonly id: string; readonly status: GateStatus; readonly required?: boolean; readonly why?: string;
    /** The `scope` gate failed only because changes were refused (left out of the commit), not for a change outside the scope. */
    readonly refusedOnly?: boolean;
  }[];
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
  /**
   * Whether the head already contains main (main is the head or one of its ancestors). Only then do a
   * merge commit and a squash put exactly the head's tree, the verified one, on main (and GitHub refuses
   * a rebase whose result would differ from that merge). `undefined` where the candidate is itself the
   * exact merge result (the local loop), or when there is no report to compare with.
   */
  readonly headContainsMain?: boolean | undefined;
  readonly report: ReportFacts | undefined;
  readonly changes: readonly GitChange[];
  /** True when package.json `scripts` (or another install-time hook) changed. */
  readonly packageScriptsChanged: boolean;
  readonly approvals: readonly ApprovalFact[];
  /**
   * The commit a reviewer approves and how, when it is not the head judged here: the local loop judges a
   * candidate merge but records approvals of the agent branch's tip (`shopfloor approve … --sha`).
   * Absent: the head itself, by `/shopfloor approve` on its PR.
   */
  readonly approve?: { readonly sha: string; readonly how: string };
  /** Who asked for the work and which identity did it; neither may approve it. */
  readonly requester: string | undefined;
  readonly agentActor: string | undefined;
  /** Who accepted dropping the refused part of this exact head (`/shopfloor accept-drop`, recorded by the App). */
  readonly dropAcceptedBy?: string;
  /** Active holds (a `/shopfloor hold`, a blocking label). */
  readonly holds: readonly string[];
  /** Gate ids the work order's acceptance commands became (`acceptance:<name>`). */
  readonly acceptanceGates: readonly string[];
}
