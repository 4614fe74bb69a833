import type { RunRefWrite, RunStateStore, StoredRunCommit } from '../../ports/run-state-store.ts';
import { readRefSha, repoParams, statusOf, type GitHubRequest } from './github-request.ts';

/** The one file in every run-state commit's tree; the state itself is the commit message. */
const readme = 'This ref holds a Shopfloor run state: each commit message is one revision of the run (JSON after the subject).\n';

/**
 * Run state refs over the git data API: a read is the ref and its commit (2 calls); a write is a commit
 * on the parent's tree and a fast-forward-only ref update (2 calls; the first write makes a one-file
 * tree and creates the ref instead). GitHub answers 422 when the update is not a fast-forward or the ref
 * already exists: that is the lost race, reported as `conflict`. Repeating a write whose answer was lost
 * is harmless: the same fast-forward again is a no-op, and a conflict makes the caller re-read.
 */
export function createGitHubRunState(request: GitHubRequest): RunStateStore {
  const readRunRef = async (repo: string, ref: string): Promise<StoredRunCommit | undefined> => {
    const sha = await readRefSha(request, repo, ref.replace(/^refs\//, ''));
    if (!sha) return undefined;
    const { data } = await request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repoParams(repo), commit_sha: sha });
    const commit = data as { message: string; tree: { sha: string } };
    return { sha, treeSha: commit.tree.sha, message: commit.message };
  };
  const advanceRunRef = async (repo: string, ref: string, message: string, parent: StoredRunCommit | undefined): Promise<RunRefWrite> => {
    const treeSha = parent?.treeSha ?? ((await request('POST /repos/{owner}/{repo}/git/trees', { ...repoParams(repo), tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: readme }] })).data as { sha: string }).sha;
    const commit = (await request('POST /repos/{owner}/{repo}/git/commits', { ...repoParams(repo), message, tree: treeSha, parents: parent ? [parent.sha] : [] })).data as { sha: string };
    try {
      if (parent) await request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repoParams(repo), ref: ref.replace(/^refs\//, ''), sha: commit.sha, force: false });
      else await request('POST /repos/{owner}/{repo}/git/refs', { ...repoParams(repo), ref, sha: commit.sha });
      return { ok: true, commit: { sha: commit.sha, treeSha, message } };
    } catch (error) {
      if (statusOf(error) === 422 || statusOf(error) === 409) return { ok: false, reason: 'conflict' };
      throw error;
    }
  };
  return { readRunRef, advanceRunRef };
}
