import type { Policy } from '../../core/policy/policy-schema.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { gatesCheckName } from './publish-report-check.ts';
import { checkGatesReports } from './read-landing-inputs.ts';

/** A staging commit's verification as the planner takes it, with the report's digest and where to read it. */
export interface StagingVerification {
  readonly sha: string;
  readonly outcome: 'pass' | 'fail' | 'flaky-fail';
  readonly failingGates: readonly string[];
  readonly evidence: string;
  readonly digest: string;
  readonly url: string;
}

const failed = new Set(['fail', 'error', 'flaky']);

/**
 * The signed `shopfloor/gates` report on a staging commit, judged against the default branch's signers:
 * only a report that proves exactly `sha` counts (the landed tree is the verified tree). `checkRunId`
 * picks the run a webhook named (a retried verification leaves the earlier, failed one on the same
 * commit); without it the newest completed run counts, once there are at least `attempt` of them. Undefined while there is no trusted report:
 * a report that is unsigned, signed by someone else or about another commit is no verification at all.
 * A failure whose every failing gate only flaked is `flaky-fail`, which the planner may retry.
 */
export async function readStagingVerification(deps: GitHubAppDeps, repo: string, policy: Policy, sha: string, pick: { readonly checkRunId?: number; readonly attempt?: number } = {}): Promise<StagingVerification | undefined> {
  const { checkRunId, attempt = 1 } = pick;
  const completed = (await deps.forge.listCheckRuns(repo, sha, gatesCheckName)).filter((run) => run.status === 'completed').sort((a, b) => a.id - b.id);
  // Verification `attempt` of this commit is its attempt-th completed run: an earlier (failed) run, or a late copy of its delivery, is not the retry's answer.
  if (completed.length < attempt) return undefined;
  const runs = checkRunId === undefined ? completed : completed.filter((run, index) => run.id === checkRunId && index >= attempt - 1);
  const newest = [...runs].sort((a, b) => b.id - a.id);
  for (const run of newest) {
    const gates = checkGatesReports(deps, [run], policy, sha);
    if (!gates.report) {
      if (gates.problems.length) deps.log?.(`staging commit ${sha.slice(0, 7)}: ${gates.problems.map((p) => p.message).join('; ')}`);
      continue;
    }
    const report = gates.report;
    const failing = report.gates.filter((gate) => failed.has(gate.status));
    const url = `https://github.com/${repo}/runs/${run.id}`;
    const outcome = report.passed ? 'pass' : failing.length > 0 && failing.every((gate) => gate.status === 'flaky') ? 'flaky-fail' : 'fail';
    const evidence = `signed report ${report.digest.slice(0, 19)}… on \`${sha.slice(0, 7)}\` (${url})${failing.length ? `: ${failing.map((gate) => `${gate.id} ${gate.status}`).join(', ')}` : ''}`;
    return { sha, outcome, failingGates: failing.map((gate) => gate.id), evidence, digest: report.digest, url };
  }
  return undefined;
}
