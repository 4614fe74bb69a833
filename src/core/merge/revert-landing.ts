import type { Policy } from '../policy/policy-schema.ts';
import { landedTreeHolds, type HoldReason, type MergeDecision } from './merge-decision.ts';
import type { ReportFacts } from './merge-facts.ts';

/** What landing a revert PR (`shopfloor/revert/<sha12>`) looks at; gathered by a workflow. */
export interface RevertLandingFacts {
  /** The 12 hex digits the branch name gives. */
  readonly branchCulprit: string;
  /** The commit the PR's first commit says it reverts (`This reverts commit …` / `Shopfloor-Revert:`). */
  readonly culprit: string | undefined;
  /** Paths the culprit changed (both sides of renames). */
  readonly culpritPaths: readonly string[];
  /** Paths the PR changes against main. */
  readonly changedPaths: readonly string[];
  /** The bug work order file the runner's revert adds beside the revert (`workorders/<id>.yml`). */
  readonly bugWorkOrderPath: string | undefined;
  readonly headSha: string;
  readonly mainSha: string;
  readonly headContainsMain: boolean | undefined;
  readonly report: ReportFacts | undefined;
  readonly autoMergedToday: number;
  readonly holds: readonly string[];
}

/**
 * Whether a revert PR lands without a human: auto-revert enabled with quota left, the PR is exactly the
 * revert its branch names (its first commit reverts that culprit, and it touches only the culprit's paths
 * plus the bug work order), a trusted, passing report for this head that already contains main and was
 * verified against it (so the landed tree is the verified one), and no hold. Every reason is listed.
 */
export function decideRevertLanding(facts: RevertLandingFacts, policy: Policy): MergeDecision {
  const reasons: HoldReason[] = facts.holds.map((reason) => ({ code: 'held', message: `held: ${reason}`, releaseBy: '`/shopfloor unhold` by a user with write access' }));
  const hold = (code: HoldReason['code'], message: string, releaseBy: string) => reasons.push({ code, message, releaseBy });
  const review = 'a maintainer reviews and merges it by hand';
  if (!policy.revert.enabled) hold('revert-policy', 'auto-revert is disabled in the policy (`revert.enabled: false`)', review);
  if (facts.autoMergedToday >= policy.revert.maxAutoMergedPerDay) hold('revert-policy', `the daily auto-merge quota is spent (${facts.autoMergedToday} of revert.maxAutoMergedPerDay ${policy.revert.maxAutoMergedPerDay})`, review);
  if (!facts.culprit?.startsWith(facts.branchCulprit)) {
    hold('not-the-revert', `the first commit of this branch does not revert ${facts.branchCulprit}, the commit its name gives`, 'open the revert with `/shopfloor revert` (or the canary), which builds it');
  }
  const allowed = new Set([...facts.culpritPaths, ...(facts.bugWorkOrderPath ? [facts.bugWorkOrderPath] : [])]);
  const outside = facts.changedPaths.filter((path) => !allowed.has(path));
  if (outside.length > 0) hold('not-the-revert', `the pull request changes ${outside.join(', ')}, which ${facts.branchCulprit} did not touch`, `${review}, or remove those changes`);
  const report = facts.report;
  if (!report) {
    hold('no-report', `no verification report for ${short(facts.headSha)}`, 'run the verify workflow on the revert pull request');
    return { action: 'hold', reasons };
  }
  if (!report.trusted) hold('untrusted-report', 'the report is not signed by a trusted key', 'verify with a key listed in the policy `signers`');
  if (report.headSha !== facts.headSha) hold('stale-report', `the report proves ${short(report.headSha)}, but the head is ${short(facts.headSha)}`, 'verify the new head');
  if (!report.passed) hold('gate-failed', `the gates did not pass on ${short(report.headSha)}: ${report.gates.filter((gate) => !['pass', 'cached', 'skipped'].includes(gate.status)).map((gate) => `${gate.id} ${gate.status}`).join(', ') || 'see the report'}`, review);
  reasons.push(...landedTreeHolds(facts, report));
  if (reasons.length > 0) return { action: 'hold', reasons };
  return { action: 'merge', expectedHeadSha: facts.headSha, expectedMainSha: facts.mainSha, method: policy.merge.method, reportDigest: report.digest };
}

const short = (sha: string) => sha.slice(0, 7);
