import { readWorkOrderStarts } from '../../core/agents/started-trailer.ts';
import { prepareGlob, matchAnyGlob } from '../../core/glob/match-glob.ts';
import { computeMetrics } from '../../core/metrics/compute-metrics.ts';
import type { MergeRecord, ThroughputMetrics } from '../../core/metrics/metrics-types.ts';
import { readTrailers, revertedCommitOf, workOrdersOf } from '../../core/revert/read-commit-message.ts';
import type { Git } from '../../ports/git.ts';
import type { RepoFiles } from '../../ports/repo-files.ts';
import { readCanaryNotes } from '../canary/canary-notes.ts';
import { readRunRecords } from './read-run-records.ts';

export interface MetricsRequest {
  readonly repoDir: string;
  readonly rev: string;
  readonly sinceMs: number;
  readonly nowMs: number;
  readonly testGlobs: readonly string[];
}

/**
 * Collects the facts from git (first-parent history with `Work-Order:` trailers, reverts, `Fixes:`
 * trailers and `fix-<sha>` work orders, the agent commits' `Shopfloor-Started:` trailers, canary notes)
 * and run records, then reduces them.
 */
export async function collectMetrics(request: MetricsRequest, ports: { git: Git; files: RepoFiles }): Promise<{ metrics: ThroughputMetrics; skippedRecords: number }> {
  const { git } = ports;
  const tests = request.testGlobs.map((g) => prepareGlob(g));
  const history = (await git.log(request.repoDir, { to: request.rev, firstParent: true })).filter((c) => Date.parse(c.committerDate) >= request.sinceMs);
  const merges: MergeRecord[] = [];
  for (const commit of history) {
    if (commit.parents.length === 0) continue; // the root commit is where history starts, not a change
    const workOrders = workOrdersOf(commit);
    const fixTrailer = readTrailers(commit.body).get('fixes')?.[0];
    const fixOrder = workOrders.map((id) => /^fix-([0-9a-f]{7,40})$/.exec(id)?.[1]).find(Boolean);
    const fixes = fixTrailer ?? fixOrder;
    const [first, second] = commit.parents;
    const branch = first && second ? await git.log(request.repoDir, { from: first, to: second }) : [];
    // A merge of a revert branch is a revert too: its side holds the `git revert` commit.
    const reverts = revertedCommitOf(commit) ?? branch.map((c) => revertedCommitOf(c)).find(Boolean);
    // A merge brings the agent's commits in on its second parent; a fast-forward or rebase puts them on main itself.
    const started = readWorkOrderStarts([commit, ...branch], workOrders);
    const added = fixes && first ? (await git.diff(request.repoDir, first, commit.sha)).filter((c) => c.status === 'A' && matchAnyGlob(tests, c.path)).length : 0;
    merges.push({
      sha: commit.sha,
      mergedAtMs: Date.parse(commit.committerDate),
      workOrders,
      ...(Object.keys(started).length ? { startedAtMs: started } : {}),
      ...(reverts ? { reverts } : {}),
      ...(fixes ? { fixes } : {}),
      testsAdded: added,
    });
  }
  const records = await readRunRecords(ports.files);
  const noted = (await readCanaryNotes(git, request.repoDir)).map(({ sha, note }) => ({ sha, atMs: Date.parse(note.at), verdict: note.verdict }));
  const metrics = computeMetrics({ sinceMs: request.sinceMs, nowMs: request.nowMs, merges, canaries: [...noted, ...records.canaries], attempts: records.attempts, spends: records.spends });
  return { metrics, skippedRecords: records.skipped };
}
