import type { CommitComparison, ForgeCommit, PullSummary, TreeEntryWrite } from '../../ports/git-data-forge.ts';
import { blobModes, type BlobMode } from '../../core/revert/revert-tree.ts';
import { readRefSha, repoParams, type GitHubAnswer, type GitHubRequest } from './github-request.ts';
import type { ApiPull } from './github-pulls.ts';

const toPullSummary = (pull: ApiPull): PullSummary => ({
  number: pull.number, url: pull.html_url, title: pull.title, headRef: pull.head.ref, baseRef: pull.base.ref,
  state: pull.state === 'open' ? 'open' : 'closed', labels: (pull.labels ?? []).map((label) => label.name ?? '').filter(Boolean), createdAt: pull.created_at,
  ...(pull.merged_at ? { mergedAt: pull.merged_at } : {}), ...(pull.merged_at && pull.merge_commit_sha ? { mergeCommitSha: pull.merge_commit_sha } : {}),
});

type ListedCommit = GitHubAnswer<'GET /repos/{owner}/{repo}/compare/{basehead}'>['data']['commits'][number];

const isBlobMode = (mode: string | undefined): mode is BlobMode => blobModes.some((known) => known === mode);

const listedCommit = (c: ListedCommit): ForgeCommit => ({ sha: c.sha, parents: c.parents.map((p) => p.sha), message: c.commit.message, committedAt: c.commit.committer?.date ?? '', treeSha: c.commit.tree.sha });

// GitHub's compare API pages commits (at most 100 a page) and lists at most 300 files, on the first page.
const comparePageSize = 100;
const comparePageLimit = 10;
const compareFileLimit = 300;

/**
 * Git data, compare and pull-request reads and writes the canary and revert workflows need: commits and
 * trees are built through the API (no clone), so the App can open a revert with its own token. The
 * forge retries every method as a whole; the writes here make new objects or set a state, so a repeat is harmless.
 */
export function createGitHubGitData(request: GitHubRequest) {
  const getRef = (repo: string, ref: string) => readRefSha(request, repo, ref.replace(/^refs\//, ''));
  const getCommit = async (repo: string, sha: string): Promise<ForgeCommit> => {
    const { data: commit } = await request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repoParams(repo), commit_sha: sha });
    return { sha: commit.sha, parents: commit.parents.map((p) => p.sha), message: commit.message, committedAt: commit.committer?.date ?? '', treeSha: commit.tree.sha };
  };
  const compareCommits = async (repo: string, base: string, head: string): Promise<CommitComparison> => {
    type Body = GitHubAnswer<'GET /repos/{owner}/{repo}/compare/{basehead}'>['data'];
    // Paged as GitHub documents it (at most 100 a page; the files come on the first page only).
    const pages: Body[] = [];
    for (let page = 1; page <= comparePageLimit; page++) {
      const { data } = await request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repoParams(repo), basehead: `${base}...${head}`, per_page: comparePageSize, page });
      pages.push(data);
      const listed = pages.reduce((sum, body) => sum + body.commits.length, 0);
      if (data.commits.length < comparePageSize || listed >= data.total_commits) break;
    }
    const first = pages[0]!;
    const commits = pages.flatMap((body) => body.commits);
    const files = (first.files ?? []).map((file) => ({ path: file.filename, status: file.status, ...(file.previous_filename ? { fromPath: file.previous_filename } : {}) }));
    const filesTruncated = files.length >= compareFileLimit;
    return { status: first.status, baseSha: first.base_commit.sha, commits: commits.map(listedCommit), files, truncated: first.total_commits > commits.length || filesTruncated, filesTruncated };
  };
  const readTreeEntries = async (repo: string, treeish: string, paths: readonly string[]) => {
    const { data: tree } = await request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repoParams(repo), tree_sha: treeish, recursive: '1' });
    const wanted = new Set(paths);
    const entries = tree.tree.flatMap((e) => (e.type === 'blob' && e.path && e.sha && isBlobMode(e.mode) && wanted.has(e.path) ? [{ path: e.path, mode: e.mode, sha: e.sha }] : []));
    return { entries, truncated: tree.truncated };
  };
  const createCommitOnTree = async (repo: string, spec: { baseTree: string; parents: readonly string[]; message: string; entries: readonly TreeEntryWrite[] }) => {
    const tree = await request('POST /repos/{owner}/{repo}/git/trees', {
      ...repoParams(repo), base_tree: spec.baseTree, tree: spec.entries.map((e) => ({ path: e.path, mode: e.mode, type: 'blob', sha: e.sha })),
    });
    const commit = await request('POST /repos/{owner}/{repo}/git/commits', { ...repoParams(repo), message: spec.message, tree: tree.data.sha, parents: [...spec.parents] });
    return { sha: commit.data.sha };
  };
  const pullRequestsForCommit = async (repo: string, sha: string) => {
    const { data } = await request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...repoParams(repo), commit_sha: sha });
    return data.map(toPullSummary);
  };
  const listRecentPullRequests = async (repo: string, state: 'open' | 'all') => {
    const { data } = await request('GET /repos/{owner}/{repo}/pulls', { ...repoParams(repo), state, sort: 'created', direction: 'desc', per_page: 100 });
    return data.map(toPullSummary);
  };
  const getPullRequestSummary = async (repo: string, number: number) =>
    toPullSummary((await request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repoParams(repo), pull_number: number })).data);
  const closePullRequest = async (repo: string, number: number) => {
    await request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...repoParams(repo), pull_number: number, state: 'closed' });
  };
  return { getRef, getCommit, compareCommits, readTreeEntries, createCommitOnTree, pullRequestsForCommit, listRecentPullRequests, getPullRequestSummary, closePullRequest };
}
