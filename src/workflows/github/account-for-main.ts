import type { LandingProblem } from '../../core/github/render-merge-check.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { gatesCheckName } from './publish-report-check.ts';
import { checkGatesReports } from './read-landing-inputs.ts';

/** How the default branch's head came to be, or why the App cannot say. */
export type MainAccount =
  | { readonly accounted: true; readonly by: 'pull-request' | 'report'; readonly detail: string }
  | { readonly accounted: false; readonly problem: LandingProblem };

/**
 * Whether the default branch's head is one the App can account for before it lands anything on top of
 * it: the commit a merged pull request put there (its `merge_commit_sha`: merge, squash, rebase and merge
 * queue alike; one call), or else a commit that a passing signed `shopfloor/gates` report proves (two
 * more). A commit pushed directly, with neither, stops every landing until a maintainer accounts for it;
 * the problem says so and how. Only the head is checked (not each first-parent commit below it): a direct
 * push is caught at the next landing decision, which is cheap, but one that a later PR merge buried is not.
 */
export async function accountForMain(deps: GitHubAppDeps, repo: string, policy: Policy, main: { readonly name: string; readonly sha: string }): Promise<MainAccount> {
  const { forge } = deps;
  const merged = (await forge.pullRequestsForCommit(repo, main.sha)).find((pull) => pull.mergeCommitSha === main.sha);
  if (merged) return { accounted: true, by: 'pull-request', detail: `#${merged.number} put ${short(main.sha)} on ${main.name}` };
  const gates = checkGatesReports(deps, await forge.listCheckRuns(repo, main.sha, gatesCheckName), policy, main.sha);
  if (gates.report?.passed) return { accounted: true, by: 'report', detail: `the signed report ${gates.report.digest.slice(0, 19)}… proves ${short(main.sha)}` };
  return {
    accounted: false,
    problem: {
      message: `${main.name} is at ${short(main.sha)}, which no merged pull request put there and no passing signed ${gatesCheckName} report proves (a direct push?), so Shopfloor lands nothing on top of it`,
      fix: `a maintainer either reverts ${short(main.sha)} through a pull request, or verifies it: run the shopfloor-verify workflow on ${main.name} (Actions → shopfloor-verify → Run workflow), which signs a report for that commit; then choose "Re-run" on this check`,
    },
  };
}

const short = (sha: string) => sha.slice(0, 7);
