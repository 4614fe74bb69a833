import { readHolds } from '../../core/github/hold-records.ts';
import { revertedBy, revertLedgerFromPulls } from '../../core/github/revert-ledger-from-pulls.ts';
import { decideRevertLanding } from '../../core/merge/revert-landing.ts';
import { bugWorkOrderId } from '../../core/revert/build-bug-work-order.ts';
import type { Forge, PullRequestLanding } from '../../ports/forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { hold, landDecided, type LandingOutcome } from './land-decided.ts';
import { gatesCheckName } from './publish-report-check.ts';
import { checkGatesReports, readLandingPolicy } from './read-landing-inputs.ts';

const revertBranch = /^(?:refs\/heads\/)?shopfloor\/revert\/([0-9a-f]{12})$/;

/** The culprit's 12 hex digits of a revert branch (`shopfloor/revert/<sha12>`), or undefined for any other name. */
export function revertBranchCulprit(ref: string): string | undefined {
  return revertBranch.exec(ref)?.[1];
}

/**
 * Lands a revert PR (the App's own, or a runner's `command: revert`) on the same terms as an agent PR's
 * tree: a passing signed report for the head, a head that contains main (else "Update branch" and a new
 * report), an accounted-for main. Instead of a work order, the PR must be exactly the revert its branch
 * names (`decideRevertLanding`), and the revert policy's switch and daily auto-merge quota apply. The
 * merge message carries `Reverts:` and `Report-Digest:` trailers.
 */
export async function landRevertPull(deps: GitHubAppDeps, repo: string, pull: PullRequestLanding, branchCulprit: string): Promise<LandingOutcome> {
  const { forge } = deps;
  const policy = await readLandingPolicy(deps, repo);
  if (!policy.ok) return hold(deps, repo, pull, [], [policy.problem]);
  const [runs, commits, files, main, comments, recent] = await Promise.all([
    forge.listCheckRuns(repo, pull.headSha, gatesCheckName), forge.listPullRequestCommits(repo, pull.number), forge.listPullRequestFiles(repo, pull.number),
    forge.getDefaultBranch(repo), forge.listIssueComments({ repo, issueNumber: pull.number }), forge.listRecentPullRequests(repo, 'all'),
  ]);
  const gates = checkGatesReports(deps, runs, policy.value, pull.headSha);
  const first = commits[0] ? await forge.getCommit(repo, commits[0]) : undefined;
  const culprit = first ? revertedBy(first.message) : undefined;
  const named = culprit?.startsWith(branchCulprit) ? culprit : undefined;
  const checkTree = gates.report?.headSha === pull.headSha && policy.value.merge.queue !== 'github';
  const [culpritPaths, status] = await Promise.all([named ? pathsOf(forge, repo, named) : [], checkTree ? forge.compareCommits(repo, main.sha, pull.headSha).then((c) => c.status) : undefined]);
  const own = comments.map((comment) => ({ body: comment.body, ...(comment.authorAppId !== undefined ? { appId: comment.authorAppId } : {}) }));
  const decision = decideRevertLanding({
    branchCulprit, culprit, culpritPaths, changedPaths: files.flatMap((f) => [f.path, ...(f.fromPath ? [f.fromPath] : [])]),
    bugWorkOrderPath: named ? `${deps.settings.workOrderDir}/${bugWorkOrderId(named)}.yml` : undefined,
    headSha: pull.headSha, mainSha: main.sha, headContainsMain: status === undefined ? undefined : status === 'ahead' || status === 'identical',
    report: gates.report, autoMergedToday: revertLedgerFromPulls({ pulls: recent, nowMs: Date.parse(deps.now()), ownBranch: pull.headRef, suspectMessages: [] }).autoMergedToday,
    holds: readHolds(own, deps.settings.appId),
  }, policy.value);
  const digest = decision.action === 'merge' ? decision.reportDigest : '';
  const message = `Revert ${branchCulprit.slice(0, 7)} (#${pull.number})\n\nReverts: ${named ?? branchCulprit}\nReport-Digest: ${digest}\n`;
  return landDecided(deps, repo, pull, { decision, policy: policy.value, mainSha: main.sha, problems: gates.problems, message });
}

/** Every path a commit changed against its first parent (both sides of renames), from one compare call. */
async function pathsOf(forge: Forge, repo: string, sha: string): Promise<string[]> {
  const commit = await forge.getCommit(repo, sha);
  const parent = commit.parents[0];
  if (!parent) return [];
  return (await forge.compareCommits(repo, parent, sha)).files.flatMap((f) => [f.path, ...(f.fromPath ? [f.fromPath] : [])]);
}
