import type { HoldReason } from '../merge/merge-decision.ts';

/** The check run on an agent PR's head that says whether Shopfloor will merge it, and what is missing if not. */
export const mergeCheckName = 'shopfloor/merge';

/** A check run's state, shaped like the forge port's (core imports no ports). */
export interface MergeCheckState {
  readonly status: 'in_progress' | 'completed';
  readonly conclusion?: 'success' | 'action_required';
  readonly output: { readonly title: string; readonly summary: string };
  readonly detailsUrl?: string;
}

/** Something found before the decision (no policy, no work order, a rejected report), with its fix. */
export interface LandingProblem {
  readonly message: string;
  readonly fix: string;
}

/**
 * A held PR's `shopfloor/merge` check: every problem and every hold reason, each with what releases it.
 * Waiting only for the report is `in_progress` (nothing for a human to do yet); anything else needs
 * someone, so it is `action_required`.
 */
export function renderHoldCheck(headSha: string, reasons: readonly HoldReason[], problems: readonly LandingProblem[], detailsUrl: string): MergeCheckState {
  const lines = [
    ...problems.map((problem) => `- ${problem.message}. To fix: ${problem.fix}.`),
    ...reasons.map((reason) => `- ${reason.message}. To release: ${reason.releaseBy}.`),
  ];
  const waiting = problems.length === 0 && reasons.every((reason) => reason.code === 'no-report');
  const count = lines.length;
  const summary = [`Shopfloor will not merge \`${headSha.slice(0, 7)}\` yet. Missing (${count}):`, '', ...lines, '', 'A push voids approvals and reports: they must be given again for the new head.'].join('\n');
  const title = waiting ? 'Waiting for the signed gates report' : `Held: ${count} thing${count === 1 ? '' : 's'} missing`;
  return waiting
    ? { status: 'in_progress', output: { title, summary }, detailsUrl }
    : { status: 'completed', conclusion: 'action_required', output: { title, summary }, detailsUrl };
}

/** The check set just before the merge call, so a branch rule that requires `shopfloor/merge` lets it through. */
export function renderMergingCheck(headSha: string, reportDigest: string, queued: boolean): MergeCheckState {
  return {
    status: 'completed', conclusion: 'success',
    output: {
      title: queued ? 'Every requirement met: entering the merge queue' : 'Every requirement met: merging',
      summary: `The signed report ${reportDigest.slice(0, 19)}… proves \`${headSha.slice(0, 7)}\`; every required gate passed and every needed approval is bound to this head. Shopfloor ${queued ? 'enqueues' : 'merges'} it only while the head is still \`${headSha.slice(0, 7)}\`.`,
    },
  };
}

/**
 * The App merged main into a head that was behind it ("Update branch"): nothing for a human to do; the
 * gates verify the new head, and that head's own landing decision merges it when its report passes.
 */
export function renderUpdatingCheck(headSha: string, mainSha: string, detailsUrl: string): MergeCheckState {
  const [head, main] = [headSha.slice(0, 7), mainSha.slice(0, 7)];
  return {
    // This head is superseded by the update's merge commit, which gets its own decision and check.
    status: 'in_progress', detailsUrl,
    output: {
      title: 'Behind main: bringing main into the branch',
      summary: [
        `The signed report proves \`${head}\`, but \`${head}\` does not contain main \`${main}\`: merging it now would put a tree on main that no report proves.`,
        '',
        `Shopfloor merged \`${main}\` into the branch (GitHub's "Update branch"). The gates verify the new head, and Shopfloor lands it once a passing report proves that head, which already contains main, so the merge keeps its tree. Nothing to do.`,
      ].join('\n'),
    },
  };
}

/** GitHub refused the merge or the queue (conflict, branch rule): said on the check, so a human sees it. */
export function renderRefusedCheck(headSha: string, message: string, detailsUrl: string): MergeCheckState {
  return {
    status: 'completed', conclusion: 'action_required', detailsUrl,
    output: { title: 'GitHub refused the merge', summary: `Every Shopfloor requirement is met for \`${headSha.slice(0, 7)}\`, but GitHub refused: ${message}\n\nTo fix: resolve it (a conflict: rebase the agent branch, which re-runs the gates), then push or comment \`/shopfloor unhold\`.` },
  };
}
