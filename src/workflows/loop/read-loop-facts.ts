import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import { parseMergeTrailers } from '../../core/loop/merge-message.ts';
import type { Git } from '../../ports/git.ts';

export interface MergedWorkOrder {
  readonly workOrderId: string;
  readonly mergeSha: string;
  readonly reportDigest: string | undefined;
  readonly mergedAt: string;
}

export interface AgentBranchFact {
  readonly workOrderId: string;
  readonly branch: string;
  readonly sha: string;
}

/** What git alone says about the loop: merges on main (by trailer), reverts of them, and agent branches. */
export interface LoopFacts {
  readonly mainSha: string;
  readonly merged: ReadonlyMap<string, MergedWorkOrder>;
  /** Merge SHAs that a later commit on main reverted. */
  readonly reverted: ReadonlySet<string>;
  readonly branches: ReadonlyMap<string, readonly AgentBranchFact[]>;
}

/**
 * Derives the loop's state from git, never from a second store: a work order is merged when main's
 * first-parent history holds a merge with its `Work-Order:` trailer, so a killed run resumes exactly.
 */
export async function readLoopFacts(git: Git, repoDir: string, main = 'main'): Promise<LoopFacts> {
  const mainSha = await git.revParse(repoDir, main);
  if (!mainSha) throw new Error(`branch "${main}" does not exist in ${repoDir}`);
  const history = await git.log(repoDir, { to: mainSha, firstParent: true });
  const merged = new Map<string, MergedWorkOrder>();
  const reverted = new Set<string>();
  for (const commit of history) {
    const trailers = parseMergeTrailers(`${commit.subject}\n\n${commit.body}`);
    if (trailers.reverts) reverted.add(trailers.reverts);
    const revertOf = /This reverts commit ([0-9a-f]{40})/.exec(commit.body)?.[1];
    if (revertOf) reverted.add(revertOf);
    if (trailers.workOrder && commit.parents.length > 1) {
      merged.set(trailers.workOrder, { workOrderId: trailers.workOrder, mergeSha: commit.sha, reportDigest: trailers.reportDigest, mergedAt: commit.committerDate });
    }
  }
  const refs = await git.raw(repoDir, ['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads/agent/']);
  const branches = new Map<string, AgentBranchFact[]>();
  for (const line of refs.stdout.split('\n').filter(Boolean)) {
    const [branch, sha] = line.split(' ') as [string, string];
    const parsed = parseAgentBranch(branch);
    if (!parsed) continue;
    const list = branches.get(parsed.workOrderId) ?? [];
    list.push({ workOrderId: parsed.workOrderId, branch, sha });
    branches.set(parsed.workOrderId, list);
  }
  return { mainSha, merged, reverted, branches };
}
