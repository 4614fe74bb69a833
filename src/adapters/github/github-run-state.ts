import type { RunRefWrite, RunStateStore, StoredRunCommit } from '../../ports/run-state-store.ts';
import { readRefSha, repoParams, statusOf, type GitHubRequest } from './github-request.ts';

/** The one file in every run-state commit's tree; the state itself is the commit message. */
const readme = 'This ref holds a Shopfloor run state: each commit message is one revision of the run (JSON after the subject).\n';

/**
 * Run state refs over the git data API: a read is the ref and its commit (2 calls); a write is a commit
 * on the parent's tree and a fast-forward-only ref update (2 calls; the first write creates the ref
 * instead, on the tree the caller names, such as main's, else on a one-file tree it makes first). GitHub
 * answers 422 when the update is not a fast-forward or the ref already exists: that is the lost race,
 * reported as `conflict`, unless the ref already points at this very write's commit (an earlier try
 * landed and its answer was lost): that is success. Each call is
 * retried on its own through `retry`, so a repeated ref update names the same commit (every commit's
 * subject names its writer, so two writers never make the same commit).
 */
export function createGitHubRunState(request: GitHubRequest, retry: <T>(operation: () => Promise<T>) => Promise<T> = (operation) => operation()): RunStateStore {
  const readRunRef = async (repo: string, ref: string, known?: StoredRunCommit): Promise<StoredRunCommit | undefined> => {
    const sha = await retry(() => readRefSha(request, repo, ref.replace(/^refs\//, '')));
    if (!sha) return undefined;
    if (sha === known?.sha) return known;
    const { data: commit } = await retry(() => request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repoParams(repo), commit_sha: sha }));
    return { sha, treeSha: commit.tree.sha, message: commit.message };
  };
  const advanceRunRef = async (repo: string, ref: string, message: string, parent: StoredRunCommit | undefined, tree?: string): Promise<RunRefWrite> => {
    const treeSha = parent?.treeSha ?? tree ?? (await retry(() => request('POST /repos/{owner}/{repo}/git/trees', { ...repoParams(repo), tree: [{ path: 'README.md', mode: '100644', type: 'blob', content: readme }] }))).data.sha;
    const { data: commit } = await retry(() => request('POST /repos/{owner}/{repo}/git/commits', { ...repoParams(repo), message, tree: treeSha, parents: parent ? [parent.sha] : [] }));
    const written = { ok: true as const, commit: { sha: commit.sha, treeSha, message } };
    try {
      if (parent) await retry(() => request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...repoParams(repo), ref: ref.replace(/^refs\//, ''), sha: commit.sha, force: false }));
      else await retry(() => request('POST /repos/{owner}/{repo}/git/refs', { ...repoParams(repo), ref, sha: commit.sha }));
      return written;
    } catch (error) {
      if (statusOf(error) !== 422 && statusOf(error) !== 409) throw error;
      // Refused: someone else moved the ref, or an earlier try of this very update landed and lost its answer.
      const now = await retry(() => readRefSha(request, repo, ref.replace(/^refs\//, '')));
      return now === commit.sha ? written : { ok: false, reason: 'conflict' };
    }
  };
  return { readRunRef, advanceRunRef };
}
