import type { BranchMove, StagingMerge, TrainForge } from '../../ports/train-forge.ts';
import { readRefSha, repoParams, statusOf, type GitHubRequest } from './github-request.ts';

const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? error);

/**
 * The merge train's git writes over GitHub's REST API. Staging commits are built by GitHub itself
 * (https://docs.github.com/rest/branches/branches#merge-a-branch: 201 with the merge commit, 204 when the head
 * is already contained, 409 on a conflict), so no clone is needed. Main moves with `force: false`
 * (https://docs.github.com/rest/git/refs#update-a-reference): GitHub refuses (422) anything but a
 * fast-forward, and the App re-reads main first so a move from a stale `from` is refused here too.
 * Whether GitHub's own merge queue is on comes from the rules that apply to the branch
 * (https://docs.github.com/rest/repos/rules#get-rules-for-a-branch: a `merge_queue` rule).
 */
export function createGitHubTrain(request: GitHubRequest): TrainForge {
  const headRef = (branch: string) => `heads/${branch}`;
  const setBranch = async (repo: string, branch: string, sha: string) => {
    try {
      await request('POST /repos/{owner}/{repo}/git/refs', { ...repoParams(repo), ref: `refs/heads/${branch}`, sha });
      return;
    } catch (error) {
      // 422 "Reference already exists": a rebuilt car, or a lost answer of ours; point it at this build.
      if (statusOf(error) !== 422) throw error;
    }
    if ((await readRefSha(request, repo, headRef(branch))) === sha) return;
    await request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repoParams(repo), ref: headRef(branch), sha, force: true });
  };
  const mergeIntoBranch = async (repo: string, branch: string, headSha: string, message: string): Promise<StagingMerge> => {
    try {
      const answer = await request('POST /repos/{owner}/{repo}/merges', { ...repoParams(repo), base: branch, head: headSha, commit_message: message });
      if (answer.status === 201) return { ok: true, sha: answer.data.sha };
      const tip = await readRefSha(request, repo, headRef(branch));
      if (!tip) throw new Error(`${repo}: the staging branch ${branch} disappeared while it was being built`);
      return { ok: true, sha: tip };
    } catch (error) {
      if (statusOf(error) === 409) return { ok: false, reason: 'conflict', message: messageOf(error) };
      throw error;
    }
  };
  const fastForwardBranch = async (repo: string, branch: string, from: string, to: string): Promise<BranchMove> => {
    const current = await readRefSha(request, repo, headRef(branch));
    if (current === undefined) return { ok: false, reason: 'missing', message: `${branch} does not exist` };
    if (current === to) return { ok: true };
    if (current !== from) return { ok: false, reason: 'conflict', message: `${branch} moved to ${current.slice(0, 7)} (expected ${from.slice(0, 7)})` };
    try {
      await request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repoParams(repo), ref: headRef(branch), sha: to, force: false });
      return { ok: true };
    } catch (error) {
      if (statusOf(error) !== 422 && statusOf(error) !== 409) throw error;
      // Another replica landing the same car got there first: that is this move done, not a lost race.
      if ((await readRefSha(request, repo, headRef(branch))) === to) return { ok: true };
      return { ok: false, reason: 'conflict', message: messageOf(error) };
    }
  };
  const deleteBranch = async (repo: string, branch: string) => {
    try {
      await request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...repoParams(repo), ref: headRef(branch) });
    } catch (error) {
      if (statusOf(error) !== 404 && statusOf(error) !== 422) throw error;
    }
  };
  const hasGitHubMergeQueue = async (repo: string, branch: string) => {
    const { data } = await request('GET /repos/{owner}/{repo}/rules/branches/{branch}', { ...repoParams(repo), branch, per_page: 100 });
    return data.some((rule) => rule.type === 'merge_queue');
  };
  return { setBranch, mergeIntoBranch, fastForwardBranch, deleteBranch, hasGitHubMergeQueue };
}
